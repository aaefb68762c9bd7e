import HearsayLayout
import HearsayModel

extension AppState {
    mutating func perform(_ action: ReaderAction) -> [Effect] {
        if case .step(let step) = action { return self.step(step) }
        if case .share(let sharing) = action { return perform(sharing) }
        guard let articleIndex = reader.article, let layout = reader.layout else { return [] }
        let height = screenLayout.readerHeight
        let top = reader.topLine
        switch action {
        case .lineDown: reader.scroll(toLine: top + 1, height: height)
        case .lineUp: reader.scroll(toLine: top - 1, height: height)
        case .pageDown: reader.scroll(toLine: top + max(1, height - 1), height: height)
        case .pageUp: reader.scroll(toLine: top - max(1, height - 1), height: height)
        case .halfPageDown: reader.scroll(toLine: top + max(1, height / 2), height: height)
        case .halfPageUp: reader.scroll(toLine: top - max(1, height / 2), height: height)
        case .top: reader.scroll(toLine: 0, height: height)
        case .bottom: reader.scroll(toLine: reader.maxTopLine(height: height), height: height)
        case .nextSection:
            let headings = sectionHeadingLines(layout, article: articleIndex, after: top)
            if let line = headings.first(where: { $0 > top }), reader.clampedTop(line, height: height) > top {
                reader.scroll(toLine: line, height: height)
            } else {
                message = "no later section"
            }
        case .previousSection:
            if let line = sectionHeadingLines(layout, article: articleIndex, after: nil).last(where: { $0 < top }) {
                reader.scroll(toLine: line, height: height)
            } else {
                message = "no earlier section"
            }
        case .nextKeyPoint, .previousKeyPoint:
            let blocks = KeyPointMatcher(article: corpus.articles[articleIndex]).keyPointBlocks
            guard !blocks.isEmpty else {
                message = "this article has no highlights list"
                return []
            }
            let current = reader.focusedKeyPoint
            let next = action == .nextKeyPoint ? (current.map { $0 + 1 } ?? 0) : (current.map { $0 - 1 } ?? blocks.count - 1)
            reader.focusedKeyPoint = (next + blocks.count) % blocks.count
            let line = layout.lineIndex(containing: .init(block: blocks[reader.focusedKeyPoint!], offset: 0))
            if line < top || line >= top + height { reader.scroll(toLine: max(0, line - height / 3), height: height) }
        case .followKeyPoint:
            let matcher = KeyPointMatcher(article: corpus.articles[articleIndex])
            let blocks = matcher.keyPointBlocks
            guard let focused = reader.focusedKeyPoint, blocks.indices.contains(focused) else {
                message = "Tab moves to a key point; Enter then opens its section"
                return []
            }
            guard let section = matcher.bestSection(forKeyPointBlock: blocks[focused]) else {
                message = "no section matches this key point"
                return []
            }
            let heading = corpus.articles[articleIndex].sections[section]
            reader.focusedKeyPoint = nil
            reader.scroll(toLine: layout.lineIndex(containing: .init(block: heading.blockIndex, offset: 0)), height: height)
        case .openDialogue:
            return openDialogue()
        case .step, .share:
            break
        }
        return []
    }

    /// Lines of the section headings shown, in order. With `after`, only as far as the first
    /// heading below that line (laying out no further than needed).
    func sectionHeadingLines(_ layout: ArticleLayout, article: Int, after line: Int?) -> [Int] {
        var lines: [Int] = []
        for section in corpus.articles[article].sections {
            let index = layout.lineIndex(containing: TextPosition(block: section.blockIndex, offset: 0))
            guard layout.hasLine(index), layout.line(index).block == section.blockIndex else { continue }
            lines.append(index)
            if let line, index > line { break }
        }
        return lines
    }
}
