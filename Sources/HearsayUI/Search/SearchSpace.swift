import HearsayModel
import HearsaySearch

/// What the coverage search and the list filter search at a key press or in a pause: the corpus
/// folded so far (without a candidate source), or the corpus itself, whose candidates they fold.
struct SearchSpace {
    let folded: FoldedCorpus
    let corpus: Corpus
    let generation: Int
}

extension AppState {
    var searchSpace: SearchSpace {
        SearchSpace(folded: foldedSoFar, corpus: corpus, generation: corpusState.generation)
    }

    /// The candidates of `query` from the environment's candidate source, when it can say
    /// (`nil`: fold and search every article). Articles changed or deleted since the corpus
    /// loaded are candidates whatever the index holds; so, for the list filter (`metadata`), are
    /// those whose title, tags, source or speakers match, which the index does not hold.
    mutating func searchCandidates(for query: SearchQuery, metadata: Bool) -> CandidateFolding? {
        guard query.hasText, query.speaker == nil, let source = environment.candidateSource, source.isReady,
            let pager = source.pager(for: query, in: corpus, generation: corpusState.generation)
        else { return nil }
        var always = search.changedSinceLoaded.union(corpusState.removed)
        if metadata {
            always.formUnion(ArticleFilter.passingOnMetadata(query, in: foldedMetadataTable()))
        }
        return CandidateFolding(candidates: SearchCandidates(pager: pager, articleCount: corpus.articles.count, always: Array(always)))
    }

    /// A corpus-wide search prompt opened: the candidate source, when it answers, makes ready
    /// what does not depend on the phrase while the query is typed; without one, the corpus
    /// starts folding.
    mutating func prepareSearchCandidates() {
        guard hasCandidateSource else { return startFolding() }
        environment.candidateSource?.prepare(for: corpus, generation: corpusState.generation)
    }

    /// Lets go of the corpus folded whole once no search looks at it (the searches now fold only
    /// their candidates).
    mutating func releaseFoldingUnlessUsed() {
        let filterUsesIt = search.listFilter.map { $0.candidates == nil } ?? false
        let resultsUseIt = search.results.map { $0.candidates == nil } ?? false
        if !filterUsesIt && !resultsUseIt { search.folding = nil }
    }
}
