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

    public init(purpose: Purpose, text: String = "") {
        self.purpose = purpose
        self.editor = LineEditor(text: text)
    }

    /// What the row starts with: `/` and `?` as in vim and less, words for the others.
    public var label: String {
        switch purpose {
        case .article(.forward): "/"
        case .article(.backward): "?"
        case .coverage: "Search all: "
        case .listFilter: "Filter: "
        }
    }
}
