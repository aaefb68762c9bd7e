import HearsaySearch

extension AppState {
    /// `F`: the prompt of a search across the coverage.
    mutating func beginCoverageSearch() {
        search.prompt = SearchPrompt(purpose: .coverage)
        overlay = .searchPrompt
    }

    /// Enter at the coverage prompt: the results view, with only its first screen searched for.
    mutating func showCoverageResults(for typed: String) {
        closeSearchPrompt()
        let query = SearchQuery(parsing: typed)
        guard !query.isEmpty else { return }
        var results = CoverageResults(typed: typed, query: query, search: CorpusSearcher.search(query, in: foldedCorpus()))
        results.fetch(rows: CoverageResultsView.listHeight(in: size))
        search.results = results
        overlay = .searchResults
        if results.matches.isEmpty { message = "not found: \(typed)" }
    }

    mutating func performResultsAction(_ action: SearchAction) {
        guard var results = search.results else {
            overlay = nil
            return
        }
        let height = CoverageResultsView.listHeight(in: size)
        switch action {
        case .resultDown: results.select(results.selection + 1, height: height)
        case .resultUp: results.select(results.selection - 1, height: height)
        case .resultTop:
            results.top = 0
            results.select(0, height: height)
        case .resultBottom:
            results.fetchAll()
            results.select(results.matches.count - 1, height: height)
        case .resultPageDown: results.select(results.selection + max(1, height - 2), height: height)
        case .resultPageUp: results.select(results.selection - max(1, height - 2), height: height)
        case .openResult:
            search.results = results
            openSelectedResult()
            return
        case .closeResults:
            search.results = nil
            overlay = nil
            return
        default: break
        }
        search.results = results
    }

    /// Opens the selected result's article in the reader at the match, which becomes the
    /// current match of an in-article search for the same text (so `n` / `N` go on from it).
    mutating func openSelectedResult() {
        guard let results = search.results, results.matches.indices.contains(results.selection) else { return }
        let found = results.matches[results.selection]
        overlay = nil
        list.select(article: found.article)
        if reader.article != found.article { reader.open(article: found.article) }
        focus = .reader
        let matches = ArticleSearcher.matches(of: results.query, in: foldedCorpus().articles[found.article])
        search.inArticle = ArticleSearch(typed: results.typed, query: results.query, article: found.article,
                                         matches: matches, current: matches.firstIndex(of: found.match), direction: .forward)
        relayout()
        revealCurrentMatch()
    }
}
