import HearsayModel

/// The dialogue view: one article's turns (only the shown speakers'), a cursor on one turn.
public struct DialogueState: Sendable {
    /// Index into `Corpus.articles`.
    public private(set) var article: Int?
    /// The turn under the cursor (index into `Article.turns`).
    public var cursor: Int?
    /// Speakers whose turns are shown (indices into `Article.speakers`); `nil` for everyone.
    public var shownSpeakers: Set<Int>?
    /// First line of the layout on screen.
    public var topLine: Int = 0
    private(set) var layout: DocumentLayout?
    private var layoutKey: LayoutKey?

    private struct LayoutKey: Hashable {
        var width: Int
        var speakers: Set<Int>?
    }

    /// Columns left of the text for the cursor marker.
    public static let gutterWidth = 2

    public var cursorTurn: Int? { cursor }

    public init(article: Int? = nil) {
        self.article = article
    }

    /// Builds the layout when the width or the filter changed, and scrolls the cursor's turn
    /// into view.
    mutating func relayout(corpus: Corpus, width: Int, height: Int) {
        guard let article else { layout = nil; return }
        let key = LayoutKey(width: max(1, width - DialogueState.gutterWidth), speakers: shownSpeakers)
        if layout == nil || layoutKey != key {
            layout = DocumentLayout(article: corpus.articles[article], width: key.width,
                                    mode: .dialogue(speakers: shownSpeakers))
            layoutKey = key
        }
        scrollCursorIntoView(height: height)
    }

    /// The lines of `turn` in the layout, or `nil` when it is not shown.
    public func lines(ofTurn turn: Int) -> Range<Int>? {
        guard let layout, let start = layout.turnLineIndices[turn] else { return nil }
        var end = start + 1
        while end < layout.lineCount, layout.line(end).turn == turn { end += 1 }
        return start..<end
    }

    mutating func scrollCursorIntoView(height: Int) {
        guard let layout else { return }
        let maxTop = max(0, layout.lineCount - height)
        if let cursor, let lines = lines(ofTurn: cursor) {
            if lines.lowerBound < topLine {
                topLine = lines.lowerBound
            } else if lines.upperBound > topLine + height {
                topLine = min(lines.lowerBound, lines.upperBound - height)
            }
        }
        topLine = max(0, min(topLine, maxTop))
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
