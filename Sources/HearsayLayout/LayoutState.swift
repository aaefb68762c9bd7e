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
    /// Where the last quote laid out in `furthestBlock` ends (`nil` when that block is no quote's).
    private var quotedThrough: Int?
    /// Each fully wrapped block's break opportunities, for a layout at another width.
    private(set) var breaks: [Int: RecordedBreaks]

    private struct OpenBlock: Sendable {
        var iterator: WrapIterator
        var block: Int
        var turn: Int?
        var marker: String?
    }

    /// Blocks counted but not wrapped yet, by block index: their lines are placeholders (the
    /// block and turn, no runs), wrapped when one of them is first read (`line(_:)`).
    private var counted: [Int: CountedBlock] = [:]

    private struct CountedBlock: Sendable {
        var turn: Int?
        var base: TextStyle
        var firstIndent: Int
        var hangingIndent: Int
        var marker: String?
        var lineCount: Int
    }

    /// A block whose break opportunities are known (after a resize, or a change of the dialogue
    /// filter) and no longer than this is counted, not wrapped, until it is read: reaching text
    /// deep in an article at a new width then costs adding up the recorded widths of the text
    /// above it, not making its lines. A longer block is wrapped line by line as it is read, as on a first layout, so a
    /// huge paragraph never has to be wrapped whole.
    static let countedBlockLimit = 16 * 1024

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
        // A paragraph's quotes are laid out one by one: covered up to the last quote's end.
        if let quotedThrough, open == nil { return quotedThrough > position.offset }
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
            lines.append(Self.line(wrapped, block: open!.block, turn: open!.turn, marker: &open!.marker))
            return
        }
        guard nextItem < items.count else { return }
        let item = items[nextItem]
        nextItem += 1
        switch item {
        case .blank:
            // Between two quotes of one paragraph the blank line keeps the paragraph's block (at
            // the next quote's start), so `ArticleLayout.lineIndex(containing:)` finds each.
            if let last = lines.last, last.quote != nil, let block = last.block, nextItem < items.count,
                case .quote(_, block, let next, _) = items[nextItem]
            {
                lines.append(LayoutLine(indent: 0, runs: [], block: block, turn: nil, source: next.lowerBound..<next.lowerBound))
            } else {
                lines.append(.blank)
            }
        case .header(let field, let text, let style, let firstIndent, let hangingIndent):
            // The runs keep their offsets into the header line's text, for search decorations.
            for wrapped in wrapper.wrap(text: text, style: style, width: width, firstIndent: firstIndent, hangingIndent: hangingIndent) {
                lines.append(
                    LayoutLine(
                        indent: wrapped.indent, runs: wrapped.runs, block: nil, turn: nil,
                        source: wrapped.source, header: field))
            }
        case .image(let index, let turn):
            startBlock(index)
            lines.append(ImagePlaceholder.line(for: article.blocks[index], index: index, turn: turn, width: width))
        case .quote(let quote, let index, let range, let label):
            startBlock(index)
            lines += QuoteLines.lines(
                quote: quote, block: index, range: range, label: label, in: article, width: width, wrapper: wrapper)
            quotedThrough = range.upperBound
        case .block(let index, let turn, let base, let firstIndent, let hangingIndent, let marker):
            startBlock(index)
            let block = article.blocks[index]
            var iterator = wrapper.lines(
                text: block.text, styles: BlockStyles.spans(of: block, base: base), width: width,
                firstIndent: firstIndent, hangingIndent: hangingIndent, reusing: breaks[index]
            )
            if breaks[index] != nil, block.text.utf8.count <= Self.countedBlockLimit {
                let count = iterator.countRemainingLines()
                counted[index] = CountedBlock(
                    turn: turn, base: base, firstIndent: firstIndent, hangingIndent: hangingIndent,
                    marker: marker, lineCount: count)
                lines.append(contentsOf: repeatElement(LayoutLine(indent: 0, runs: [], block: index, turn: turn), count: count))
                return
            }
            open = OpenBlock(iterator: iterator, block: index, turn: turn, marker: marker)
        }
    }

    /// A wrapped line of a block as a layout line; the block's bullet (`marker`, taken by its first
    /// line) goes into the indent.
    private static func line(_ wrapped: WrappedLine, block: Int, turn: Int?, marker: inout String?) -> LayoutLine {
        var runs = wrapped.runs
        var indent = wrapped.indent
        if let bullet = marker.map({ StyledRun.decoration($0, style: BlockStyles.marker) }) {
            indent = max(0, indent - bullet.width)
            runs.insert(bullet, at: 0)
            marker = nil
        }
        return LayoutLine(indent: indent, runs: runs, block: block, turn: turn, source: wrapped.source)
    }

    // MARK: - Reading lines

    /// Line `index` (laid out already), its block wrapped first if it was only counted.
    mutating func line(_ index: Int) -> LayoutLine {
        if let block = lines[index].block, counted[block] != nil { wrapCounted(block) }
        return lines[index]
    }

    /// The lines of `range` (laid out already), every block among them that was only counted
    /// wrapped first.
    mutating func lines(in range: Range<Int>) -> ArraySlice<LayoutLine> {
        if !counted.isEmpty {
            for index in range {
                if let block = lines[index].block, counted[block] != nil { wrapCounted(block) }
            }
        }
        return lines[range]
    }

    /// How many blocks are counted but not wrapped (what a layout skipped making).
    var countedBlockCount: Int { counted.count }

    /// Wraps a counted block, putting its lines in place of the placeholders.
    mutating func wrapCounted(_ index: Int) {
        guard let entry = counted.removeValue(forKey: index), let first = firstLineOfBlock[index] else { return }
        let block = article.blocks[index]
        var marker = entry.marker
        var made: [LayoutLine] = []
        made.reserveCapacity(entry.lineCount)
        for wrapped in wrapper.lines(
            text: block.text, styles: BlockStyles.spans(of: block, base: entry.base), width: width,
            firstIndent: entry.firstIndent, hangingIndent: entry.hangingIndent, reusing: breaks[index])
        {
            made.append(Self.line(wrapped, block: index, turn: entry.turn, marker: &marker))
        }
        // The same fill over the same opportunities: a different count would shift every line after.
        precondition(made.count == entry.lineCount, "block \(index) counted \(entry.lineCount) lines but wrapped \(made.count)")
        lines.replaceSubrange(first..<first + made.count, with: made)
    }

    private mutating func startBlock(_ index: Int) {
        // A paragraph with two quotes starts once, at the first.
        if firstLineOfBlock[index] == nil { firstLineOfBlock[index] = lines.count }
        if index > furthestBlock { quotedThrough = nil }
        furthestBlock = max(furthestBlock, index)
    }
}
