import HearsayLayout

/// Draws the reader: the laid-out article from its top line, with a one-column margin.
enum ReaderView {
    static func render(_ state: AppState, in rect: Rect, into buffer: inout ScreenBuffer, styles: Styles) {
        guard let articleIndex = state.reader.article, let layout = state.reader.layout else { return }
        let article = state.corpus.articles[articleIndex]
        let focusedBlock = state.reader.focusedKeyPoint.flatMap { index in
            let blocks = KeyPointMatcher(article: article).keyPointBlocks
            return blocks.indices.contains(index) ? blocks[index] : nil
        }
        let lines = (state.reader.topLine..<(state.reader.topLine + rect.height)).prefix { layout.hasLine($0) }.map(layout.line)
        let decorations = state.decorations(forArticle: articleIndex, blocks: LayoutLine.blocks(of: lines))
        for (row, line) in lines.enumerated() {
            let focused = focusedBlock != nil && line.block == focusedBlock
            LayoutLineDrawing.draw(
                line, article: article, x: rect.x + 1, y: rect.y + row, limit: rect.maxX - 1,
                into: &buffer, styles: styles,
                decorations: decorations, restyle: focused ? { _ in styles.focusedKeyPoint } : nil)
        }
    }
}
