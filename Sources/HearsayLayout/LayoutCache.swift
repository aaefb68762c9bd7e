import HearsayModel
import Synchronization

/// Layouts kept per (article, width, mode), so that going back to an article or a width reuses
/// the lines already wrapped. Holds the `capacity` most recently used layouts.
public final class LayoutCache: Sendable {
    private struct Key: Hashable {
        var article: String
        var width: Int
        var mode: LayoutMode
    }

    private struct Entries {
        var layouts: [Key: ArticleLayout] = [:]
        var recency: [Key] = []
    }

    public let capacity: Int
    private let entries = Mutex(Entries())

    public init(capacity: Int = 16) {
        self.capacity = max(capacity, 1)
    }

    /// The layout of `article` at `width` in `mode`, made if needed. A cached layout of an
    /// article with the same id but different content is replaced.
    public func layout(for article: Article, width: Int, mode: LayoutMode = .article) -> ArticleLayout {
        let key = Key(article: article.id, width: width, mode: mode)
        return entries.withLock { entries in
            entries.recency.removeAll { $0 == key }
            entries.recency.append(key)
            if let cached = entries.layouts[key], cached.article == article { return cached }
            // Another width of the same article: reuse its break opportunities.
            let layouts = entries.layouts
            let sibling = entries.recency.reversed().compactMap { layouts[$0] }
                .first { $0.article.id == article.id && $0.article == article }
            let layout = sibling?.resized(to: width, mode: mode) ?? ArticleLayout(article: article, width: width, mode: mode)
            entries.layouts[key] = layout
            while entries.recency.count > capacity { entries.layouts[entries.recency.removeFirst()] = nil }
            return layout
        }
    }

    /// Forgets every layout (after a reload, say).
    public func removeAll() {
        entries.withLock { $0 = Entries() }
    }
}
