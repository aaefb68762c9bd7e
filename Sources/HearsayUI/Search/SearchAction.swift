import HearsaySearch

/// What searching does: in the open article (reader and dialogue view), across the coverage
/// (the results view), and in the article list (the filter).
public enum SearchAction: Sendable, Hashable {
    /// Opens the prompt of a search in the open article, forward (`/`) or backward (`\`).
    case begin(MatchNavigation.Direction)
    /// The next match in the search's direction (`n`).
    case next
    /// The next match the other way (`N`).
    case previous
    /// Opens the prompt of a search across the coverage (`F`).
    case beginCoverage
    /// Opens the list filter's prompt (`/` in the list).
    case beginListFilter
    /// Moves in the results view.
    case resultDown, resultUp, resultTop, resultBottom, resultPageDown, resultPageUp
    /// Opens the selected result in the reader, at the match.
    case openResult
    /// Leaves the results view.
    case closeResults
}
