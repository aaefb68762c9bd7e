/// What a search across the corpus looks at next, from some article on.
public enum NextArticle {
    /// Look at this article (the first at or after the one asked about that is to be looked at).
    case ready(Int, FoldedArticle)
    /// No article before this index is to be looked at; at this index nothing is ready yet (it is
    /// not folded, or not decided), or it is the end of the corpus.
    case nothingBefore(Int)
}

/// The articles a resumable search (`CorpusSearch`, `ArticleFilterRun`) looks at, in corpus order,
/// as far as they are folded: every article folded so far (`FoldedCorpus`), or only the candidates
/// a candidate source named (`CandidateFolding`).
public protocol FoldedArticleSupply {
    func next(atOrAfter index: Int) -> NextArticle
}

extension FoldedCorpus: FoldedArticleSupply {
    /// Every article folded so far, each in turn.
    public func next(atOrAfter index: Int) -> NextArticle {
        index < articles.count ? .ready(index, articles[index]) : .nothingBefore(index)
    }
}
