import HearsayModel

/// Search within one article (the reader's and dialogue view's `/`).
public enum ArticleSearcher {
    /// Every match of `query` in `article`, in reading order. Folds the article first: when the
    /// same article is searched again (each keystroke), keep a `FoldedArticle` and pass that.
    public static func matches(of query: SearchQuery, in article: Article) -> [SearchMatch] {
        matches(of: query, in: FoldedArticle(article))
    }

    /// Every match of `query` (up to `limit`) in an already folded article, in reading order.
    public static func matches(of query: SearchQuery, in article: FoldedArticle, limit: Int = .max) -> [SearchMatch] {
        var found: [SearchMatch] = []
        guard limit > 0 else { return found }
        article.forEachMatch(of: query) { match in
            found.append(match)
            return found.count < limit
        }
        return found
    }

    /// Whether `query` matches anywhere in the article's text (stops at the first match).
    public static func containsMatch(of query: SearchQuery, in article: FoldedArticle) -> Bool {
        var found = false
        article.forEachMatch(of: query) { _ in
            found = true
            return false
        }
        return found
    }
}
