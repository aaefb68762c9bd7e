import HearsayModel
import HearsayText

/// The mutable part of an `ArticleLayout`: the lines wrapped so far and where wrapping stopped.
struct LayoutState: Sendable {
    let article: Article
    let width: Int
    private let wrapper = LineWrapper()
    private let items: [LayoutItem]
    private var nextItem = 0
    private(set) var lines: [LayoutLine] = []
    /// The first line of each block shown so far (`nil`: not reached, or not shown in this mode).
    private(set) var firstLineOfBlock: [Int?]
    /// The block being wrapped, when one is partly laid out.
    private var open: OpenBlock?
    /// The highest block index whose layout has started.
    private var furthestBlock = -1
    /// Each fully wrapped block's break opportunities, for a layout at another width.
    private(set) var breaks: [Int: RecordedBreaks]

    private struct OpenBlock: Sendable {
        var iterator: WrapIterator
        var block: Int
        var turn: Int?
        var marker: String?
    }

    init(article: Article, width: Int, mode: LayoutMode, breaks: [Int: RecordedBreaks] = [:]) {
        self.article = article
        self.width = width
        self.breaks = breaks
        self.items = LayoutPlan.items(for: article, width: width, mode: mode)
        self.firstLineOfBlock = Array(repeating: nil, count: article.blocks.count)
    }

    var isComplete: Bool { nextItem == items.count && open == nil }

    mutating func layOutAll() {
        while !isComplete { advance() }
    }

    mutating func layOut(through index: Int) {
        while lines.count <= index && !isComplete { advance() }
    }

    mutating func layOut(past position: TextPosition) {
        while !isComplete && !covers(position) { advance() }
    }

    /// Whether the lines so far reach past `position`.
    private func covers(_ position: TextPosition) -> Bool {
        if furthestBlock > position.block { return true }
        guard furthestBlock == position.block else { return false }
        guard let open, open.block == position.block else { return true }
        return (lines.last?.source?.upperBound ?? 0) > position.offset
    }

    /// Lays out one more line (or starts the next item).
    private mutating func advance() {
        if open != nil {
            // Mutated in place: the open block holds the wrapper's buffers, too big to copy per line.
            guard let wrapped = open!.iterator.next() else {
                if let recorded = open!.iterator.recordedBreaks { breaks[open!.block] = recorded }
                open = nil
                return
            }
            var runs = wrapped.runs
            var indent = wrapped.indent
            if let marker = open!.marker {
                let bullet = StyledRun.decoration(marker, style: BlockStyles.marker)
                indent = max(0, indent - bullet.width)
                runs.insert(bullet, at: 0)
                open!.marker = nil
            }
            lines.append(LayoutLine(indent: indent, runs: runs, block: open!.block, turn: open!.turn, source: wrapped.source))
            return
        }
        guard nextItem < items.count else { return }
        let item = items[nextItem]
        nextItem += 1
        switch item {
        case .blank:
            lines.append(.blank)
        case .header(let field, let text, let style, let firstIndent, let hangingIndent):
            // The runs keep their offsets into the header line's text, for search decorations.
            for wrapped in wrapper.wrap(text: text, style: style, width: width, firstIndent: firstIndent, hangingIndent: hangingIndent) {
                lines.append(LayoutLine(indent: wrapped.indent, runs: wrapped.runs, block: nil, turn: nil,
                                        source: wrapped.source, header: field))
            }
        case .image(let index, let turn):
            startBlock(index)
            lines.append(ImagePlaceholder.line(for: article.blocks[index], index: index, turn: turn, width: width))
        case .block(let index, let turn, let base, let firstIndent, let hangingIndent, let marker):
            startBlock(index)
            let block = article.blocks[index]
            let iterator = wrapper.lines(
                text: block.text, styles: BlockStyles.spans(of: block, base: base), width: width,
                firstIndent: firstIndent, hangingIndent: hangingIndent, reusing: breaks[index]
            )
            open = OpenBlock(iterator: iterator, block: index, turn: turn, marker: marker)
        }
    }

    private mutating func startBlock(_ index: Int) {
        firstLineOfBlock[index] = lines.count
        furthestBlock = max(furthestBlock, index)
    }
}
