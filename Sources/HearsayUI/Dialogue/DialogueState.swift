import HearsayLayout
import HearsayModel

/// The dialogue view: one article's turns (only the shown speakers'), a cursor on one turn; in
/// an article without turns, its attributed quotes the same way (`quoteRows`).
public struct DialogueState: Sendable {
    /// Index into `Corpus.articles`.
    public private(set) var article: Int?
    /// The turn under the cursor (index into `Article.turns`).
    public var cursor: Int?
    /// Speakers whose turns are shown (indices into `Article.speakers`); `nil` for everyone.
    public var shownSpeakers: Set<Int>?
    /// Whether a filtered view shows, dimmed, the turn just before each shown turn (`c`).
    public var showsContext = true
    /// First line of the layout on screen.
    public var topLine: Int = 0
    public private(set) var layout: ArticleLayout?
    /// The laid-out quotes of an article without turns (then `layout` is `nil`).
    public private(set) var quoteRows: DialogueQuoteRows?
    private var turnBlocks: [Int] = []

    /// Columns left of the text for the cursor marker.
    public static let gutterWidth = 2

    /// The turn under the cursor; `nil` on a quote, which is no turn.
    public var cursorTurn: Int? { quoteRows == nil ? cursor : nil }

    public init(article: Int? = nil) {
        self.article = article
    }

    /// Builds the layout when the width or the filter changed, and scrolls the cursor's turn
    /// into view.
    public mutating func relayout(corpus: Corpus, width: Int, height: Int) {
        guard let article else { layout = nil; quoteRows = nil; return }
        let textWidth = max(1, width - DialogueState.gutterWidth)
        if corpus.articles[article].turns.isEmpty {
            layout = nil
            if quoteRows?.width != textWidth || quoteRows?.shownSpeakers != shownSpeakers {
                let navigation = DialogueNavigation(article: corpus.articles[article], shownSpeakers: shownSpeakers)
                quoteRows = DialogueQuoteRows(navigation: navigation, width: textWidth)
            }
            scrollCursorIntoView(height: height)
            return
        }
        quoteRows = nil
        let mode = layoutMode
        if layout == nil || layout!.width != textWidth || layout!.mode != mode {
            // Keep the same text on top across a relayout (a resize), as the reader does.
            let anchor = layout.flatMap { ReaderState.position(near: topLine, in: $0) }
            let text = corpus.articles[article]
            // Same article: keep the break opportunities found so far (only the fill runs again).
            let newLayout =
                layout.flatMap { $0.article.id == text.id ? $0.resized(to: textWidth, mode: mode) : nil }
                ?? ArticleLayout(article: text, width: textWidth, mode: mode)
            layout = newLayout
            turnBlocks = corpus.articles[article].turns.map(\.blocks.lowerBound)
            topLine = anchor.map { newLayout.lineIndex(containing: $0) } ?? 0
        }
        scrollCursorIntoView(height: height)
    }

    /// Only the shown speakers' turns, with the turn before each as its context when that is on.
    var layoutMode: LayoutMode {
        guard let shownSpeakers, showsContext else { return .dialogue(speakers: shownSpeakers) }
        return .dialogueInContext(speakers: shownSpeakers)
    }

    /// The lines of `turn` in the layout, or `nil` when it is not shown. Lays out only as far
    /// as the end of the turn.
    public func lines(ofTurn turn: Int) -> Range<Int>? {
        if let quoteRows { return quoteRows.utteranceRows[turn] }
        guard let layout, turnBlocks.indices.contains(turn) else { return nil }
        let start = layout.lineIndex(containing: TextPosition(block: turnBlocks[turn], offset: 0))
        guard layout.hasLine(start), layout.line(start).turn == turn else { return nil }
        var end = start + 1
        while layout.hasLine(end), layout.line(end).turn == turn { end += 1 }
        return start..<end
    }

    /// Whether line `index` exists (laying out the turns as far as it).
    func hasLine(_ index: Int) -> Bool {
        quoteRows.map { $0.rows.indices.contains(index) } ?? layout?.hasLine(index) ?? false
    }

    mutating func scrollCursorIntoView(height: Int) {
        guard layout != nil || quoteRows != nil else { return }
        if let cursor, let lines = lines(ofTurn: cursor) {
            if lines.lowerBound < topLine {
                topLine = lines.lowerBound
            } else if lines.upperBound > topLine + height {
                topLine = min(lines.lowerBound, lines.upperBound - height)
            }
        }
        if topLine > 0, !hasLine(topLine + height - 1) {
            topLine = max(0, (quoteRows?.rows.count ?? layout?.lineCount ?? 0) - height)
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
