import HearsayModel

extension Corpus {
    /// The corpus as the index knows it, from the records of `files` in order (what
    /// `ArticleIndex.refresh` returns): each article a shell (its head; the blocks are read from
    /// the file only if asked for), ids made unique in load order as the loader makes them. Who
    /// speaks, turns, quotes and aliases are all in the heads, so `hearsay speakers` reads no file
    /// that did not change.
    public init(records: [IndexedArticle], of files: [ArticleFile], walkDiagnostics: [Diagnostic]) {
        var ids = ArticleIDs()
        var articles: [Article] = []
        var diagnostics = walkDiagnostics
        for (record, file) in zip(records, files) {
            diagnostics += record.diagnostics
            guard let head = record.head else { continue }
            let id = ids.claim(head.id, displayPath: file.displayPath)
            if let shell = record.shell(file: file, id: id) { articles.append(shell) }
        }
        self.init(articles: articles, diagnostics: diagnostics)
    }
}
