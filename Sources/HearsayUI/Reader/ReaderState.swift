import HearsayLayout
import HearsayModel

/// The reader pane: which article, where it is scrolled to, and its layout at the pane's width.
///
/// The reading position is kept twice: as the top line (what scrolling changes) and as the
/// text at that line (`anchor`), so a relayout at another width lands on the same text rather
/// than the same line number. The layout is lazy: moving near the top never wraps the rest.
public struct ReaderState: Sendable {
    /// Index into `Corpus.articles`.
    public private(set) var article: Int?
    /// First line of the layout on screen.
    public private(set) var topLine: Int = 0
    /// The text at (or just below) `topLine`; `nil` at the very top.
    public private(set) var anchor: TextPosition?
    /// The key point (0-based, in reading order) that Tab moved to.
    public var focusedKeyPoint: Int?
    public private(set) var layout: ArticleLayout?
    /// UTF-8 bytes before each block, and in all, for the position in % (no full layout needed).
    private var bytesBeforeBlock: [Int] = []
    private var totalBytes = 0

    public init() {}

    /// Shows `article` from its top.
    public mutating func open(article: Int) {
        self = ReaderState()
        self.article = article
    }

    /// Builds the layout when the article or width changed, then puts the anchor back on top.
    mutating func relayout(corpus: Corpus, width: Int) {
        guard let article else { layout = nil; return }
        guard layout == nil || layout!.width != width else { return }
        let text = corpus.articles[article]
        // A resize keeps the break opportunities found so far: only the greedy fill runs again.
        let layout = self.layout?.resized(to: width) ?? ArticleLayout(article: text, width: width, mode: .article)
        self.layout = layout
        if bytesBeforeBlock.isEmpty {
            var total = 0
            bytesBeforeBlock = text.blocks.map { block in
                defer { total += block.text.utf8.count }; return total
            }
            totalBytes = total
        }
        topLine = anchor.map { layout.lineIndex(containing: $0) } ?? 0
    }

    /// `line` clamped so the pane stays full: laying out only as far as needed, except at the end.
    func clampedTop(_ line: Int, height: Int) -> Int {
        guard let layout, line > 0 else { return 0 }
        if layout.hasLine(line + height - 1) { return line }
        return max(0, min(line, layout.lineCount - height))
    }

    /// The last top line that still fills the pane (lays out the whole article).
    func maxTopLine(height: Int) -> Int { max(0, (layout?.lineCount ?? 0) - height) }

    /// Scrolls so that `line` is on top (clamped), remembering the text there.
    mutating func scroll(toLine line: Int, height: Int) {
        guard let layout else { return }
        topLine = clampedTop(line, height: height)
        anchor = topLine == 0 ? nil : ReaderState.position(near: topLine, in: layout)
    }

    /// The text position of `line`, or of the nearest line below it that shows text
    /// (blank and decoration lines have none).
    static func position(near line: Int, in layout: ArticleLayout) -> TextPosition? {
        var index = line
        while layout.hasLine(index), index < line + 8 {
            if let position = layout.position(atLine: index) { return position }
            index += 1
        }
        return nil
    }

    /// Puts the start of `turn` on top (on the next relayout if there is no layout yet).
    mutating func show(turn: Int, in article: Article) {
        show(position: TextPosition(block: article.turns[turn].blocks.lowerBound, offset: 0))
    }

    /// Puts `position` on top.
    mutating func show(position: TextPosition) {
        anchor = position
        if let layout { topLine = layout.lineIndex(containing: position) }
    }

    /// The first turn that starts at or below the top of the pane (where `d` puts the cursor).
    func firstTurn(atOrAfterTop article: Article) -> Int? {
        guard let layout else { return nil }
        var index = topLine
        while layout.hasLine(index) {
            if let turn = layout.line(index).turn { return turn }
            index += 1
        }
        return nil
    }

    /// How far down the article the bottom of the pane is, in % of its text.
    func percent(height: Int) -> Int {
        guard let layout, totalBytes > 0 else { return 100 }
        let bottom = topLine + height
        guard layout.hasLine(bottom) else { return 100 }
        var index = bottom
        while layout.hasLine(index) {
            if let position = layout.position(atLine: index), position.block < bytesBeforeBlock.count {
                return min(99, (bytesBeforeBlock[position.block] + position.offset) * 100 / totalBytes)
            }
            index += 1
        }
        return 100
    }
}
