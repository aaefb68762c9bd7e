import HearsayLayout
import HearsayModel
import HearsaySearch

extension DialogueState: ArticlePane {
    public var kind: Pane { .dialogue }
    public var showsOnlyTurns: Bool { true }
    /// Digits pick speakers here, so the reader's colour digits do not apply.
    public var readingCursorModes: [InputMode] { [] }

    /// Where the turn or quote under the cursor is in the article.
    func cursorRange(in article: Article) -> Range<TextPosition>? {
        guard let cursor else { return nil }
        return navigation(over: article).range(of: cursor)
    }

    /// The start of the turn under the turn cursor.
    func cursorTurnStart(in article: Article) -> TextPosition? {
        cursorRange(in: article)?.lowerBound
    }

    public func readingPlace(in article: Article) -> TextPosition {
        cursorTurnStart(in: article) ?? TextPosition(block: 0, offset: 0)
    }

    public func viewStart(in article: Article) -> TextPosition {
        cursorTurnStart(in: article) ?? TextPosition(block: 0, offset: 0)
    }

    public func viewEnd(in article: Article, height: Int) -> TextPosition {
        cursorRange(in: article)?.upperBound ?? TextPosition(block: Int.max, offset: 0)
    }

    public func firstShownText(in article: Article) -> TextPosition? {
        cursorTurnStart(in: article)
    }

    public func shows(_ position: TextPosition, in article: Article, height: Int) -> Bool {
        cursorRange(in: article)?.contains(position) ?? false
    }

    /// Moves the turn cursor to the turn (or quote) holding `range`, then scrolls as `placement` says.
    public mutating func reveal(_ range: Range<TextPosition>, placement: RevealPlacement, in article: Article, height: Int) {
        let navigation = navigation(over: article)
        guard let turn = navigation.utterance(holding: range.lowerBound) else { return }
        cursor = turn
        guard let layout else {
            scrollCursorIntoView(height: height)
            return
        }
        if placement != .nearest {
            scrollCursorIntoView(height: height)
            guard lines(ofTurn: turn) != nil else { return }
        }
        let lines = layout.lineIndex(containing: range.lowerBound)...layout.lineIndex(containing: range.lastPosition)
        guard var top = topLine(revealing: lines, placement: placement, height: height) else { return }
        if placement != .nearest, top > 0, !layout.hasLine(top + height - 1) { top = max(0, layout.lineCount - height) }
        topLine = top
    }

    /// The shown speakers' turns (not the dimmed context), or in prose their quotes' words.
    public func shownText(in article: Article) -> LayoutMode {
        let navigation = navigation(over: article)
        return navigation.isQuotes ? layoutMode(navigation) : .dialogue(speakers: shownSpeakers)
    }

    /// A match in a shown turn (its speaker's label too), or in prose in the words of a shown quote.
    public func showsMatch(in article: Article) -> (SearchMatch) -> Bool {
        guard navigation(over: article).isQuotes else { return { match in showsTurn(match.turn, of: article) } }
        let shown = shownText(in: article)
        return { match in
            shown.shownRanges(inBlock: match.block, of: article).contains {
                $0.lowerBound <= match.range.lowerBound && match.range.upperBound <= $0.upperBound
            }
        }
    }

    public func draw(_ state: AppState, in rect: Rect, into buffer: inout ScreenBuffer, styles: Styles) {
        DialogueView.render(state, in: rect, into: &buffer, styles: styles)
    }
}
