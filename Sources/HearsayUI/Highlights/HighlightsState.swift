import Foundation
import HearsayModel

/// The user's highlights as the UI holds them: every highlight (with where it is now in its
/// article, or orphaned), the reading cursor and the note being edited. What is saved and how
/// saving goes is `PersistenceState`.
public struct HighlightsState: Sendable {
    /// Every highlight, in the order made or loaded.
    public private(set) var all: [Highlight] = []
    /// Where each highlight is in its article now; a highlight missing here is only listed in the
    /// highlights view: orphaned when its article is loaded (its text is no longer there),
    /// unchecked when it is not.
    public private(set) var ranges: [UUID: Range<TextPosition>] = [:]
    /// The changes `u` undoes and `Ctrl-R` redoes.
    public var history = HighlightHistory()
    public var cursor: ReadingCursor?
    /// The cursor as `Esc` put it away: it starts there again while that is on screen.
    public var leftCursor: ReadingCursor?
    /// The note editor, while open.
    public var noteEditor: NoteEditing?
    public init() {}

    public func highlight(id: UUID) -> Highlight? { all.first { $0.id == id } }

    /// Not found in its article's text: orphaned, or unchecked when the article is not loaded.
    public func isOrphaned(_ highlight: Highlight) -> Bool { ranges[highlight.id] == nil }

    /// Adds or replaces (same id) a highlight at `range` (`nil`: orphaned).
    public mutating func put(_ highlight: Highlight, at range: Range<TextPosition>?) {
        if let index = all.firstIndex(where: { $0.id == highlight.id }) {
            all[index] = highlight
        } else {
            all.append(highlight)
        }
        ranges[highlight.id] = range
    }

    public mutating func remove(id: UUID) {
        all.removeAll { $0.id == id }
        ranges[id] = nil
    }

    /// The highlights of one article that are found in its text, with their ranges.
    public func placed(inArticle articleID: String) -> [(highlight: Highlight, range: Range<TextPosition>)] {
        all.compactMap { highlight in
            guard highlight.articleID == articleID, let range = ranges[highlight.id] else { return nil }
            return (highlight, range)
        }
    }
}
