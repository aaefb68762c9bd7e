import HearsaySearch

extension AppState {
    /// `/` in the list: the prompt, holding the filter's text when one is kept. Without a candidate
    /// source the corpus starts folding in the pause before the first key.
    mutating func beginListFilter() {
        prepareSearchCandidates()
        search.prompt = SearchPrompt(purpose: .listFilter, text: search.listFilter?.typed ?? "")
        navigator.openPrompt()
    }

    /// Filters again for what is typed so far. One slice of the filter runs now, over the articles
    /// folded so far (or over the candidates a candidate source names, a slice of them folded);
    /// the runtime folds the rest and runs the filter on between key presses
    /// (`advanceSearchWork`), so typing never waits for a large corpus, not even for folding it.
    /// One more character typed only looks again at what the last run kept.
    mutating func filterListAsTyped(_ typed: String) {
        let query = SearchQuery(parsing: typed)
        guard !query.isEmpty else {
            clearListFilter()
            return
        }
        let candidates = searchCandidates(for: query, metadata: true)
        if candidates == nil { startFolding() }
        let total = corpus.articles.count
        let run =
            search.listFilter.map { ArticleFilterRun(query: query, after: $0.run) }
            ?? ArticleFilterRun(query: query, articleCount: total)
        var filter = ListFilter(typed: typed, run: run, total: total, candidates: candidates)
        filter.advance(in: searchSpace, byteBudget: SearchWork.keystrokeBytes)
        search.listFilter = filter
        if candidates != nil { releaseFoldingUnlessUsed() }
        applyListFilter()
    }

    /// Enter: the filter stays (an empty one is no filter).
    mutating func finishListFilter() {
        closeSearchPrompt()
        if let filter = search.listFilter, filter.isFinished, filter.kept.isEmpty {
            message = ListFilter.nothingMatches(filter.typed)
        }
    }

    /// Shows every article again.
    mutating func clearListFilter() {
        search.listFilter = nil
        applyListFilter()
    }

    /// Shows the articles the filter kept so far.
    mutating func applyListFilter() {
        list.restrict(to: search.listFilter.map { Set($0.kept) }, articles: corpus.articles)
        relayout()
    }
}
