import HearsayLayout
import HearsayModel

extension DialogueState: ArticlePane {
    public var kind: Pane { .dialogue }
    public var showsOnlyTurns: Bool { true }
    /// Digits pick speakers here, so the reader's colour digits do not apply.
    public var readingCursorModes: [InputMode] { [] }

    /// The start of the turn under the turn cursor.
    func cursorTurnStart(in article: Article) -> TextPosition? {
        guard let cursor, article.turns.indices.contains(cursor) else { return nil }
        return TextPosition(block: article.turns[cursor].blocks.lowerBound, offset: 0)
    }

    public func readingPlace(in article: Article) -> TextPosition {
        cursorTurnStart(in: article) ?? TextPosition(block: 0, offset: 0)
    }

    public func viewStart(in article: Article) -> TextPosition {
        cursorTurnStart(in: article) ?? TextPosition(block: 0, offset: 0)
    }

    public func viewEnd(in article: Article, height: Int) -> TextPosition {
        guard let cursor, article.turns.indices.contains(cursor) else { return TextPosition(block: Int.max, offset: 0) }
        return TextPosition(block: article.turns[cursor].blocks.upperBound, offset: 0)
    }

    public func firstShownText(in article: Article) -> TextPosition? {
        cursorTurnStart(in: article)
    }

    public func shows(_ position: TextPosition, in article: Article, height: Int) -> Bool {
        guard let cursor, article.turns.indices.contains(cursor) else { return false }
        return article.turns[cursor].blocks.contains(position.block)
    }

    /// Moves the turn cursor to the turn holding `range`, then scrolls as `placement` says.
    public mutating func reveal(_ range: Range<TextPosition>, placement: RevealPlacement, in article: Article, height: Int) {
        guard let turn = article.turns.firstIndex(where: { $0.blocks.contains(range.lowerBound.block) }) else { return }
        cursor = turn
        guard let layout else { return }
        if placement != .nearest {
            scrollCursorIntoView(height: height)
            guard lines(ofTurn: turn) != nil else { return }
        }
        let lines = layout.lineIndex(containing: range.lowerBound)...layout.lineIndex(containing: range.lastPosition)
        guard var top = topLine(revealing: lines, placement: placement, height: height) else { return }
        if placement != .nearest, top > 0, !layout.hasLine(top + height - 1) { top = max(0, layout.lineCount - height) }
        topLine = top
    }

    public func draw(_ state: AppState, in rect: Rect, into buffer: inout ScreenBuffer, styles: Styles) {
        DialogueView.render(state, in: rect, into: &buffer, styles: styles)
    }
}
