import HearsaySearch

/// How much searching runs at once: per key press, and per pause between key presses.
public enum SearchWork {
    /// Folded bytes the list filter scans when a key is typed (about a millisecond, release build).
    public static let keystrokeBytes = 4 << 20
    /// Folded bytes the list filter scans per pause while no key is pressed.
    public static let idleBytes = 16 << 20
    /// Article text folded per pause while a corpus-wide prompt is open and the corpus is not
    /// folded yet (a few milliseconds, release build).
    public static let idleFoldBytes = 1 << 20
    /// Matches the coverage results fetch per pause, to count them all.
    public static let idleMatches = 5_000
}

extension AppState {
    /// Whether the list filter or the coverage results still have searching to do.
    public var hasSearchWork: Bool {
        if needsCorpusFolded { return true }
        if let filter = search.listFilter, !filter.isFinished { return true }
        if overlay == .searchResults, let results = search.results, !results.isFinished { return true }
        return false
    }

    /// Runs one slice of the search work left; returns whether the screen changed. The runtime
    /// calls it while no key is waiting.
    @discardableResult
    public mutating func advanceSearchWork(byteBudget: Int = SearchWork.idleBytes) -> Bool {
        if needsCorpusFolded {
            var folding = search.folding ?? FoldingProgress(total: corpus.articles.count)
            folding.advance(in: corpus, byteBudget: SearchWork.idleFoldBytes)
            if folding.isFinished {
                search.foldedCorpus = folding.finished(in: corpus)
                search.folding = nil
            } else {
                search.folding = folding
            }
        }
        var changed = false
        if var filter = search.listFilter, !filter.isFinished {
            filter.run.advance(byteBudget: byteBudget)
            search.listFilter = filter
            applyListFilter()
            changed = true
        }
        if overlay == .searchResults, var results = search.results, !results.isFinished {
            results.fetch(matches: SearchWork.idleMatches)
            search.results = results
            changed = true
        }
        return changed
    }

    /// Whether a prompt that searches every article (the list filter, `F`) is open and the corpus
    /// is not folded yet: the pause before the first key is spent folding it.
    var needsCorpusFolded: Bool {
        guard search.foldedCorpus == nil, let purpose = search.prompt?.purpose else { return false }
        return purpose == .listFilter || purpose == .coverage
    }

    /// Runs the search work to the end (tests, and scripted use).
    public mutating func finishSearchWork() {
        while hasSearchWork { advanceSearchWork(byteBudget: .max) }
    }
}
