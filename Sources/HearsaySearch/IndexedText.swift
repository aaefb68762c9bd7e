/// What a persistent full-text index stores and asks for, so that it finds every article a search
/// would (its matches are a superset; the search itself then runs as usual on those articles).
extension FoldedArticle {
    /// The folded text a search scans (header lines and blocks), with each separator (NUL, which
    /// text columns and tokenizers may cut at) as a line feed. A query never contains a separator,
    /// so this only adds candidates, never loses one.
    public var indexedText: String {
        String(decoding: body.utf8.map { $0 == FoldedTextBuilder.separatorByte ? 0x0A : $0 }, as: UTF8.self)
    }

    /// Whether `query`'s phrase occurs in the searched text (ignoring its speaker): false means the
    /// article has no match, so it need not be kept.
    public func mayMatch(_ query: SearchQuery) -> Bool {
        body.utf8.containsSubsequence(query.foldedText)
    }
}

extension SearchQuery {
    /// The folded phrase searched for, as the index matches it against `FoldedArticle.indexedText`.
    public var foldedPhrase: String {
        String(decoding: foldedText, as: UTF8.self)
    }
}
