import HearsayLayout
import HearsayModel

extension ReaderState: ArticlePane {
    public var kind: Pane { .reader }
    public var cursorTurn: Int? { nil }
    public var shownSpeakers: Set<Int>? { nil }
    public var showsOnlyTurns: Bool { false }
    public var readingCursorModes: [InputMode] { [.readerCursor] }
    public func shownText(in article: Article) -> LayoutMode { .article }

    public mutating func relayout(corpus: Corpus, width: Int, height: Int) {
        relayout(corpus: corpus, width: width)
    }

    public func readingPlace(in article: Article) -> TextPosition {
        anchor ?? TextPosition(block: 0, offset: 0)
    }

    /// At the top of the article that is its header: the title is searched too.
    public func viewStart(in article: Article) -> TextPosition {
        anchor ?? TextPosition(block: ArticleHeader.Field.title.block, offset: 0)
    }

    public func viewEnd(in article: Article, height: Int) -> TextPosition {
        guard let layout else { return TextPosition(block: Int.max, offset: 0) }
        return ReaderState.position(near: topLine + height, in: layout) ?? TextPosition(block: Int.max, offset: 0)
    }

    public func firstShownText(in article: Article) -> TextPosition? {
        guard let layout else { return nil }
        return layout.position(nearLine: topLine) ?? TextPosition(block: 0, offset: 0)
    }

    public func shows(_ position: TextPosition, in article: Article, height: Int) -> Bool {
        guard let layout else { return false }
        let line = layout.lineIndex(containing: position)
        return line >= topLine && line < topLine + height
    }

    public mutating func reveal(_ range: Range<TextPosition>, placement: RevealPlacement, in article: Article, height: Int) {
        if placement == .top {
            show(position: range.lowerBound)
            return
        }
        guard let layout else { return }
        let lines = layout.lineIndex(containing: range.lowerBound)...layout.lineIndex(containing: range.lastPosition)
        if let top = topLine(revealing: lines, placement: placement, height: height) {
            scroll(toLine: top, height: height)
        }
    }

    public func draw(_ state: AppState, in rect: Rect, into buffer: inout ScreenBuffer, styles: Styles) {
        ReaderView.render(state, in: rect, into: &buffer, styles: styles)
    }
}

extension Range where Bound == TextPosition {
    /// The position of the last character covered (the start when empty or ending at a block's start).
    var lastPosition: TextPosition {
        guard upperBound.offset > 0 else { return lowerBound }
        return Swift.max(lowerBound, TextPosition(block: upperBound.block, offset: upperBound.offset - 1))
    }
}
