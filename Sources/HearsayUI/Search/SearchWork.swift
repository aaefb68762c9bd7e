import HearsaySearch

/// How much searching runs at once: per key press, and per pause between key presses.
public enum SearchWork {
    /// Folded bytes the list filter and the coverage search scan when a key is typed (about a
    /// millisecond, release build). A key press never folds: it searches what is folded.
    public static let keystrokeBytes = 4 << 20
    /// Folded bytes the list filter and the coverage search scan per pause while no key is pressed.
    public static let idleBytes = 16 << 20
    /// Article text folded per pause while a search across the corpus needs it and the corpus is
    /// not folded yet (a few milliseconds, release build, on every core).
    public static let idleFoldBytes = 1 << 20
    /// Articles whose metadata is folded per pause while the list filter's prompt waits for a key
    /// (with a candidate source; a few milliseconds, release build).
    public static let idleMetadataArticles = 4096
    /// Matches the coverage results fetch per pause, to count them all.
    public static let idleMatches = 5_000
}

extension AppState {
    /// Whether the list filter or the coverage results still have searching (or folding) to do.
    public var hasSearchWork: Bool {
        if needsFolding || needsMetadataTable { return true }
        if let filter = search.listFilter, !filter.isFinished { return true }
        if overlay == .searchResults, let results = search.results, !results.isFinished { return true }
        return false
    }

    /// Runs one slice of the search work left; returns whether the screen changed. The runtime
    /// calls it while no key is waiting: it folds the next slice of the corpus when a search
    /// needs it, then lets the list filter and the coverage results go on over what is folded.
    @discardableResult
    mutating func advanceSearchWork(byteBudget: Int = SearchWork.idleBytes) -> Bool {
        var changed = false
        if needsMetadataTable { advanceMetadataTable(count: SearchWork.idleMetadataArticles) }
        if needsFolding {
            startFolding()
            // In place: the folded articles are not copied for the slice.
            search.folding!.advance(in: corpus, byteBudget: SearchWork.idleFoldBytes)
            // The filter's and the results' "searching… N/M" follow the folding.
            changed = search.listFilter?.isFinished == false
        }
        let space = searchSpace
        if search.listFilter?.isFinished == false {
            search.listFilter!.advance(in: space, byteBudget: byteBudget)
            applyListFilter()
            if let filter = search.listFilter, filter.isFinished, filter.kept.isEmpty, search.prompt == nil {
                message = ListFilter.nothingMatches(filter.typed)
            }
            changed = true
        }
        if overlay == .searchResults, search.results?.isFinished == false {
            // In place: the results may hold hundreds of thousands of matches.
            search.results!.fetch(matches: SearchWork.idleMatches, in: space, byteBudget: byteBudget)
            if let results = search.results, results.isFinished, results.matches.isEmpty {
                message = CoverageResults.notFound(results.typed)
            }
            changed = true
        }
        return changed
    }

    /// Whether the corpus is not all folded yet and something searches it: a corpus-wide prompt
    /// (the list filter, `F`) is open while no candidate source can answer, or the list filter or
    /// the coverage results on screen are not finished and look at every article.
    var needsFolding: Bool {
        if search.folding?.isFinished ?? false { return false }
        if let purpose = search.prompt?.purpose, purpose == .listFilter || purpose == .coverage, !hasCandidateSource { return true }
        if let filter = search.listFilter, !filter.isFinished, filter.candidates == nil { return true }
        if overlay == .searchResults, let results = search.results, !results.isFinished, results.candidates == nil { return true }
        return false
    }

    /// Whether a candidate source can say which articles a search need look at.
    var hasCandidateSource: Bool { environment.candidateSource?.isReady ?? false }

    /// Runs the search work to the end (tests, and scripted use).
    public mutating func finishSearchWork() {
        while hasSearchWork { advanceSearchWork(byteBudget: .max) }
    }
}
