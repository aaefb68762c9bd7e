import HearsayLayout
import HearsayModel

/// The stream is an article pane over the article under its cursor: the reading cursor,
/// highlights and search work on that article's utterances by the person, as the dialogue view
/// filtered to them.
extension StreamState: ArticlePane {
    public var kind: Pane { .stream }
    public var article: Int? { cursorItem?.article }
    public var layout: ArticleLayout? { cursorLayout }
    public var cursorTurn: Int? {
        guard case .turn(let turn)? = cursorItem?.utterance else { return nil }
        return turn
    }
    public var shownSpeakers: Set<Int>? { cursorItem.map { groups[$0.group].speaker.map { [$0] } ?? [] } }
    public var showsOnlyTurns: Bool { true }
    public var readingCursorModes: [InputMode] { [] }

    /// The person's turns and quotes in the article under the cursor (nothing of another article).
    public func shownText(in article: Article) -> LayoutMode {
        guard let item = cursorItem, groups[item.group].articleID == article.id else { return .utterances(speakers: [], quotes: []) }
        return groups[item.group].mode
    }

    public mutating func relayout(corpus: Corpus, width: Int, height: Int) {
        layOut(corpus: corpus, width: max(1, width - StreamState.gutterWidth), height: height)
    }

    /// Where the utterance under the cursor is in its article.
    func cursorRange(in article: Article) -> Range<TextPosition>? {
        guard let item = cursorItem, groups[item.group].articleID == article.id else { return nil }
        switch item.utterance {
        case .turn(let turn) where article.turns.indices.contains(turn):
            let blocks = article.turns[turn].blocks
            return TextPosition(block: blocks.lowerBound, offset: 0)..<TextPosition(block: blocks.upperBound, offset: 0)
        case .quote(let quote) where article.quotes.indices.contains(quote):
            return article.quotes[quote].range
        default:
            return nil
        }
    }

    public func readingPlace(in article: Article) -> TextPosition {
        cursorRange(in: article)?.lowerBound ?? TextPosition(block: 0, offset: 0)
    }

    public func viewStart(in article: Article) -> TextPosition {
        readingPlace(in: article)
    }

    public func viewEnd(in article: Article, height: Int) -> TextPosition {
        cursorRange(in: article)?.upperBound ?? TextPosition(block: Int.max, offset: 0)
    }

    public func firstShownText(in article: Article) -> TextPosition? {
        cursorRange(in: article)?.lowerBound
    }

    public func shows(_ position: TextPosition, in article: Article, height: Int) -> Bool {
        guard let range = cursorRange(in: article) else { return false }
        return range.contains(position)
    }

    /// Moves the cursor to the utterance of the article under the cursor that holds `range`.
    public mutating func reveal(_ range: Range<TextPosition>, placement: RevealPlacement, in article: Article, height: Int) {
        guard let group = cursorItem?.group, groups[group].articleID == article.id else { return }
        let holding = groups[group].items.first { item in
            switch items[item].utterance {
            case .turn(let turn): return article.turns.indices.contains(turn) && article.turns[turn].blocks.contains(range.lowerBound.block)
            case .quote(let quote):
                return article.quotes.indices.contains(quote) && article.quotes[quote].range.lowerBound <= range.lowerBound
                    && range.lowerBound < article.quotes[quote].range.upperBound
            }
        }
        guard let holding else { return }
        cursor = holding
        scrollCursorIntoView(height: height)
    }

    public func draw(_ state: AppState, in rect: Rect, into buffer: inout ScreenBuffer, styles: Styles) {
        StreamView.render(self, state: state, in: rect, into: &buffer, styles: styles)
    }
}
