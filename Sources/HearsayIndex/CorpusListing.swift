import HearsayModel

/// What `hearsay list` prints, and the loading problems it reports: made from a loaded corpus or
/// from the index's records, the same either way.
public struct CorpusListing: Sendable {
    /// In load order, ids made unique as the loader makes them.
    public let articles: [ArticleSummary]
    /// Walking problems first, then each file's, in load order.
    public let diagnostics: [Diagnostic]

    public init(corpus: Corpus) {
        articles = ArticleListing.summaries(corpus)
        diagnostics = corpus.diagnostics
    }

    /// From the records of `files`, in order (what `ArticleIndex.refresh` returns).
    public init(records: [IndexedArticle], of files: [ArticleFile], walkDiagnostics: [Diagnostic]) {
        self.init(corpus: Corpus(records: records, of: files, walkDiagnostics: walkDiagnostics))
    }
}
