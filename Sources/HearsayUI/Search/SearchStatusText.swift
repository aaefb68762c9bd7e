/// What the status bar adds while a search or filter is on: ` · /潮汐 3/17` in the reader and
/// dialogue view, ` · filter: 潮汐  3/4` in the list; over the coverage results, where the
/// status bar is about them (` Results · 3/17`), nothing.
enum SearchStatusText {
    static func suffix(for state: AppState) -> String {
        if state.overlay == .searchResults { return "" }
        switch state.focus {
        case .list: return state.search.listFilter.map { " · " + $0.statusText } ?? ""
        case .reader, .dialogue, .stream: return state.articleSearchStatus.map { " · " + $0 } ?? ""
        }
    }

    /// The status bar's left part over the coverage results: ` Results · 3/17` (`3/50+` while
    /// searching), rather than the view underneath.
    static func resultsLocation(for state: AppState) -> String? {
        guard state.overlay == .searchResults, let results = state.search.results else { return nil }
        // Searched before every article had arrived: it says so until searched again.
        let partial = results.totalArticles < state.corpus.articles.count || state.corpusState.loading != nil ? " · partial" : ""
        guard !results.matches.isEmpty else { return " Results" + partial }
        let count = "\(results.matches.count)\(results.isFinished ? "" : "+")"
        return " Results · \(results.selection + 1)/\(count) in \(results.articleCount) article\(results.articleCount == 1 ? "" : "s")"
            + partial
    }
}
