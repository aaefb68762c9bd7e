import HearsaySearch

/// The search prompt on the bottom row: what it is for, and the text being typed.
public struct SearchPrompt: Sendable, Hashable {
    public enum Purpose: Sendable, Hashable {
        /// A search in the open article, as you type.
        case article(MatchNavigation.Direction)
        /// A search across the coverage, run on Enter.
        case coverage
        /// The article list's filter, as you type.
        case listFilter
    }

    public var purpose: Purpose
    public var editor: LineEditor
    /// Where Up/Down are in the history.
    var browsing = HistoryBrowsing()

    public init(purpose: Purpose, text: String = "") {
        self.purpose = purpose
        self.editor = LineEditor(text: text)
    }

    /// What the row starts with: the key that opened it for a search in the article (`/`, or `\`
    /// backward, since `?` is help), words for the others.
    public var label: String {
        switch purpose {
        case .article(let direction): Self.label(for: direction)
        case .coverage: "Search all: "
        case .listFilter: "Filter: "
        }
    }

    /// Whether it keeps the list filter's history rather than the searches'.
    var isFilter: Bool { purpose == .listFilter }

    /// The key of a search in the article that way: `/` forward, `\` backward.
    static func label(for direction: MatchNavigation.Direction) -> String {
        direction == .forward ? "/" : "\\"
    }
}
