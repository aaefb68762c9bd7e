import HearsaySearch

extension AppState {
    /// `/` in the list: the prompt, holding the filter's text when one is kept.
    mutating func beginListFilter() {
        search.prompt = SearchPrompt(purpose: .listFilter, text: search.listFilter?.typed ?? "")
        overlay = .searchPrompt
    }

    /// Filters again for what is typed so far. One slice of the filter runs now; the runtime
    /// runs the rest between key presses (`advanceSearchWork`), so typing never waits for a
    /// large corpus. One more character typed only looks again at what the last run kept.
    mutating func filterListAsTyped(_ typed: String) {
        let query = SearchQuery(parsing: typed)
        guard !query.isEmpty else {
            clearListFilter()
            return
        }
        let folded = foldedCorpus()
        let run = search.listFilter.map { ArticleFilterRun(query: query, in: folded, after: $0.run) }
            ?? ArticleFilterRun(query: query, in: folded)
        var filter = ListFilter(typed: typed, run: run, total: folded.articles.count)
        filter.run.advance(byteBudget: SearchWork.keystrokeBytes)
        search.listFilter = filter
        applyListFilter()
    }

    /// Enter: the filter stays (an empty one is no filter).
    mutating func finishListFilter() {
        closeSearchPrompt()
        if let filter = search.listFilter, filter.isFinished, filter.kept.isEmpty {
            message = "no article matches “\(filter.typed)”"
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
