import HearsayModel

/// The reader pane: which article, where it is scrolled to, and its layout at the pane's width.
///
/// The reading position is kept twice: as the top line (what scrolling changes) and as the
/// text at that line (`anchor`), so a relayout at another width lands on the same text rather
/// than the same line number.
public struct ReaderState: Sendable {
    /// Index into `Corpus.articles`.
    public private(set) var article: Int?
    /// First line of the layout on screen.
    public private(set) var topLine: Int = 0
    /// The text at `topLine`; `nil` at the very top.
    public private(set) var anchor: TextPosition?
    /// The key point (0-based, in reading order) that Tab moved to.
    public var focusedKeyPoint: Int?
    private(set) var layout: DocumentLayout?
    private var layoutWidth = 0

    public init() {}

    /// Shows `article` from its top.
    public mutating func open(article: Int) {
        self = ReaderState()
        self.article = article
    }

    /// Lines in the current layout.
    public var lineCount: Int { layout?.lineCount ?? 0 }

    /// Builds the layout when the article or width changed, then puts the anchor back on top.
    mutating func relayout(corpus: Corpus, width: Int) {
        guard let article else { layout = nil; return }
        if layout == nil || layoutWidth != width {
            layout = DocumentLayout(article: corpus.articles[article], width: width, mode: .article)
            layoutWidth = width
            topLine = anchor.map { layout!.lineIndex(containing: $0) } ?? 0
        }
    }

    /// The last top line that still fills the pane.
    func maxTopLine(height: Int) -> Int { max(0, lineCount - height) }

    /// Scrolls so that `line` is on top (clamped), remembering the text there.
    mutating func scroll(toLine line: Int, height: Int) {
        guard let layout else { return }
        topLine = max(0, min(line, maxTopLine(height: height)))
        anchor = topLine == 0 ? nil : layout.position(atLine: topLine)
    }

    /// Puts the start of `turn` on top (done on the next relayout if there is no layout yet).
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
        for index in topLine..<layout.lineCount {
            if let turn = layout.line(index).turn { return turn }
        }
        return nil
    }
}
