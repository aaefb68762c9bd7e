import HearsayModel

/// Layouts kept per (article, width, mode), so that going back to an article or a width reuses
/// the lines already wrapped. Holds the `capacity` most recently used layouts.
public final class LayoutCache {
    private struct Key: Hashable {
        var article: String
        var width: Int
        var mode: LayoutMode
    }

    public let capacity: Int
    private var layouts: [Key: ArticleLayout] = [:]
    private var recency: [Key] = []

    public init(capacity: Int = 16) {
        self.capacity = max(capacity, 1)
    }

    /// The layout of `article` at `width` in `mode`, made if needed. A cached layout of an
    /// article with the same id but different content is replaced.
    public func layout(for article: Article, width: Int, mode: LayoutMode = .article) -> ArticleLayout {
        let key = Key(article: article.id, width: width, mode: mode)
        recency.removeAll { $0 == key }
        recency.append(key)
        if let cached = layouts[key], cached.article == article { return cached }
        let layout = ArticleLayout(article: article, width: width, mode: mode)
        layouts[key] = layout
        while recency.count > capacity { layouts[recency.removeFirst()] = nil }
        return layout
    }

    /// Forgets every layout (after a reload, say).
    public func removeAll() {
        layouts.removeAll()
        recency.removeAll()
    }
}
