import HearsayLayout
import HearsayModel

/// The dialogue view: one article's turns (only the shown speakers'), a cursor on one turn.
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
    private var turnBlocks: [Int] = []

    /// Columns left of the text for the cursor marker.
    public static let gutterWidth = 2

    public var cursorTurn: Int? { cursor }

    public init(article: Int? = nil) {
        self.article = article
    }

    /// Builds the layout when the width or the filter changed, and scrolls the cursor's turn
    /// into view.
    public mutating func relayout(corpus: Corpus, width: Int, height: Int) {
        guard let article else { layout = nil; return }
        let textWidth = max(1, width - DialogueState.gutterWidth)
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
        guard let layout, turnBlocks.indices.contains(turn) else { return nil }
        let start = layout.lineIndex(containing: TextPosition(block: turnBlocks[turn], offset: 0))
        guard layout.hasLine(start), layout.line(start).turn == turn else { return nil }
        var end = start + 1
        while layout.hasLine(end), layout.line(end).turn == turn { end += 1 }
        return start..<end
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
        if topLine > 0, !layout.hasLine(topLine + height - 1) {
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
