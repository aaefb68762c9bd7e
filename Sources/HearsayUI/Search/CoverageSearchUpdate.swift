import HearsaySearch

extension AppState {
    /// `F`: the prompt of a search across the coverage. Without a candidate source the corpus
    /// starts folding in the pause while the query is typed.
    mutating func beginCoverageSearch() {
        prepareSearchCandidates()
        search.prompt = SearchPrompt(purpose: .coverage)
        navigator.openPrompt()
    }

    /// Enter at the coverage prompt: the results view, with only its first screen searched for,
    /// in the articles folded so far and within a key press's budget; the runtime searches on
    /// (and folds the rest) between key presses, filling the screen and the count.
    mutating func showCoverageResults(for typed: String) -> [Effect] {
        closeSearchPrompt()
        let query = SearchQuery(parsing: typed)
        guard !query.isEmpty else { return [] }
        let candidates = searchCandidates(for: query, metadata: false)
        if candidates == nil { startFolding() }
        var results = CoverageResults(
            typed: typed, query: query,
            search: CorpusSearch(query: query, articleCount: corpus.articles.count), candidates: candidates)
        results.fetch(rows: CoverageResultsView.listHeight(in: size), in: searchSpace, byteBudget: SearchWork.keystrokeBytes)
        search.results = results
        if candidates != nil { releaseFoldingUnlessUsed() }
        if results.matches.isEmpty, results.isFinished { message = CoverageResults.notFound(typed) }
        return go(to: .searchResults)
    }

    mutating func performResultsAction(_ action: SearchAction) -> [Effect] {
        guard var results = search.results else { return goBack().effects }
        search.results = nil  // so `results` is the only copy, and fetching does not copy its matches
        let height = CoverageResultsView.listHeight(in: size)
        let space = searchSpace
        let budget = SearchWork.keystrokeBytes
        let corpus = corpus
        let width = size.width
        let lines = { (found: CorpusMatch) in CoverageResultsView.lineCount(of: found, in: corpus, screenWidth: width) }
        func select(_ index: Int) {
            results.select(index, height: height, lines: lines, in: space, byteBudget: budget)
        }
        func page(forward: Bool) {
            // Enough fetched for a page below the selection (each match takes at least a row).
            if forward { results.fetch(rows: results.row(ofMatch: results.selection) + height, in: space, byteBudget: budget) }
            select(results.matchAPage(forward: forward, height: height, lines: lines))
        }
        switch action {
        case .resultDown: select(results.selection + 1)
        case .resultUp: select(results.selection - 1)
        case .resultTop:
            results.top = 0
            select(0)
        case .resultBottom:
            // Every match in what is folded (a parallel search); the rest follows as it is folded.
            results.fetchAll(in: space)
            select(results.matches.count - 1)
        case .resultPageDown: page(forward: true)
        case .resultPageUp: page(forward: false)
        case .openResult:
            search.results = results
            return openSelectedResult()
        case .closeResults:
            search.results = nil
            return goBack().effects
        default: break
        }
        search.results = results
        return []
    }

    /// Opens the selected result's article in the reader at the match, which becomes the
    /// current match of an in-article search for the same text (so `n` / `N` go on from it).
    mutating func openSelectedResult() -> [Effect] {
        guard let results = search.results, results.matches.indices.contains(results.selection) else { return [] }
        let found = results.matches[results.selection]
        let matches = ArticleSearcher.matches(of: results.query, in: foldedArticle(found.article))
        search.inArticle = ArticleSearch(
            typed: results.typed, query: results.query, article: found.article,
            matches: matches, current: matches.firstIndex(of: found.match), direction: .forward)
        return go(to: .reader(article: found.article, at: .inView(found.match.start..<found.match.end)))
    }

}
