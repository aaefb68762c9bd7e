import HearsayLayout
import HearsayModel

/// The dialogue view: one article's turns (only the shown speakers'), a cursor on one turn; in
/// an article without turns (or with `quotesInstead`), its attributed quotes the same way, laid
/// out from the article's text (`LayoutMode.utterances`).
public struct DialogueState: Sendable {
    /// Index into `Corpus.articles`.
    public private(set) var article: Int?
    /// The turn under the cursor (index into `Article.turns`; listing quotes, into the quotes listed).
    public var cursor: Int?
    /// Speakers whose turns are shown (indices into `Article.speakers`; listing quotes, into the
    /// people quoted, `DialogueNavigation.speakerNames`); `nil` for everyone.
    public var shownSpeakers: Set<Int>?
    /// Whether a filtered view shows, dimmed, the turn just before each shown turn (`c`).
    public var showsContext = true
    /// Whether the view lists the quotes of an article with turns in place of its turns (reached
    /// by `]`/`[` for someone only quoted there).
    public var quotesInstead = false
    /// First line of the layout on screen.
    public var topLine: Int = 0
    public private(set) var layout: ArticleLayout?
    private var turnBlocks: [Int] = []
    /// Listing quotes, the quote each utterance is (index into `Article.quotes`).
    private var utteranceQuotes: [Int]?

    /// Columns left of the text for the cursor marker.
    public static let gutterWidth = 2

    /// The turn under the cursor; `nil` on a quote, which is no turn.
    public var cursorTurn: Int? { utteranceQuotes == nil ? cursor : nil }

    /// Whether the view lists quotes (an article without turns, or `quotesInstead`) rather than turns.
    public var listsQuotes: Bool { utteranceQuotes != nil }

    public init(article: Int? = nil) {
        self.article = article
    }

    /// Builds the layout when the width or the filter changed, and scrolls the cursor's turn
    /// into view.
    public mutating func relayout(corpus: Corpus, width: Int, height: Int) {
        guard let article else {
            layout = nil
            utteranceQuotes = nil
            return
        }
        let textWidth = max(1, width - DialogueState.gutterWidth)
        let text = corpus.articles[article]
        let navigation = navigation(over: text)
        utteranceQuotes = navigation.isQuotes ? navigation.utterances.compactMap(\.quote) : nil
        let mode = layoutMode(navigation)
        if layout == nil || layout!.width != textWidth || layout!.mode != mode || layout!.article.id != text.id {
            // Keep the same text on top across a relayout (a resize), as the reader does.
            let anchor = layout.flatMap { ReaderState.position(near: topLine, in: $0) }
            // Same article: keep the break opportunities found so far (only the fill runs again).
            let newLayout =
                layout.flatMap { $0.article.id == text.id ? $0.resized(to: textWidth, mode: mode) : nil }
                ?? ArticleLayout(article: text, width: textWidth, mode: mode)
            layout = newLayout
            turnBlocks = text.turns.map(\.blocks.lowerBound)
            topLine = anchor.map { newLayout.lineIndex(containing: $0) } ?? 0
        }
        scrollCursorIntoView(height: height)
    }

    /// Navigation over `article` (the view's) as the view lists it: with its filter, or every
    /// speaker when not `filtered`.
    public func navigation(over article: Article, filtered: Bool = true) -> DialogueNavigation {
        DialogueNavigation(article: article, shownSpeakers: filtered ? shownSpeakers : nil, listsQuotes: quotesInstead)
    }

    /// Only the shown speakers' turns, with the turn before each as its context when that is on;
    /// in prose, the shown speakers' quotes.
    func layoutMode(_ navigation: DialogueNavigation) -> LayoutMode {
        if navigation.isQuotes {
            return .utterances(speakers: [], quotes: Set(navigation.shownTurns.compactMap { navigation.utterances[$0].quote }))
        }
        guard let shownSpeakers, showsContext else { return .dialogue(speakers: shownSpeakers) }
        return .dialogueInContext(speakers: shownSpeakers)
    }

    /// The lines of `turn` (a quote, in prose) in the layout, or `nil` when it is not shown.
    /// Lays out only as far as the end of the turn.
    public func lines(ofTurn turn: Int) -> Range<Int>? {
        guard let layout else { return nil }
        if let utteranceQuotes {
            guard utteranceQuotes.indices.contains(turn) else { return nil }
            let quote = utteranceQuotes[turn]
            let start = layout.lineIndex(containing: layout.article.quotes[quote].range.lowerBound)
            return lines(from: start) { $0.quote == quote }
        }
        guard turnBlocks.indices.contains(turn) else { return nil }
        let start = layout.lineIndex(containing: TextPosition(block: turnBlocks[turn], offset: 0))
        return lines(from: start) { $0.turn == turn }
    }

    /// The run of lines from `start` that `belongs` keeps (`nil` when `start` is not one).
    private func lines(from start: Int, where belongs: (LayoutLine) -> Bool) -> Range<Int>? {
        guard let layout, layout.hasLine(start), belongs(layout.line(start)) else { return nil }
        var end = start + 1
        while layout.hasLine(end), belongs(layout.line(end)) { end += 1 }
        return start..<end
    }

    /// Whether line `index` exists (laying out the turns as far as it).
    func hasLine(_ index: Int) -> Bool {
        layout?.hasLine(index) ?? false
    }

    mutating func scrollCursorIntoView(height: Int) {
        guard let layout else { return }
        if let cursor, let lines = lines(ofTurn: cursor) {
            if lines.lowerBound < topLine {
                topLine = lines.lowerBound
            } else if lines.upperBound > topLine + height {
                topLine = min(lines.lowerBound, lines.upperBound - height)
            }
        }
        if topLine > 0, !hasLine(topLine + height - 1) {
            topLine = max(0, layout.lineCount - height)
        }
    }

    /// The shown turn about a screen's height before or after `turn`'s start: at least one
    /// turn away, so the cursor always moves when it can.
    func turnAfterPage(from turn: Int, forward: Bool, navigation: DialogueNavigation, height: Int) -> Int? {
        guard let start = lines(ofTurn: turn)?.lowerBound else { return nil }
        let goal = forward ? start + max(1, height - 1) : start - max(1, height - 1)
        var candidate = forward ? navigation.next(after: turn) : navigation.previous(before: turn)
        while let current = candidate {
            let following = forward ? navigation.next(after: current) : navigation.previous(before: current)
            guard let following, let followingLine = lines(ofTurn: following)?.lowerBound else { break }
            if forward ? followingLine > goal : followingLine < goal { break }
            candidate = following
        }
        return candidate
    }
}
