import HearsayModel

/// The article list: the order articles are shown in and which one is selected.
public struct ArticleListState: Sendable, Hashable {
    public enum SortOrder: String, Sendable, Hashable {
        /// Newest first; undated articles last, by title.
        case date
        /// By title, then newest first.
        case title

        var next: SortOrder { self == .date ? .title : .date }
    }

    public var sort: SortOrder
    /// Indices into `Corpus.articles`, in display order.
    public private(set) var order: [Int]
    /// Position in `order` of the selected article.
    public var selection: Int
    /// Position in `order` of the first entry on screen.
    public var top: Int
    /// The articles the list filter keeps (indices into `Corpus.articles`); `nil` keeps all.
    public private(set) var kept: Set<Int>?
    /// Every article in display order, while a filter hides some.
    private var unfiltered: [Int]?
    /// Articles never listed (their file was deleted while hearsay ran).
    private var hidden: Set<Int> = []

    public init(articles: [Article], sort: SortOrder = .date) {
        self.sort = sort
        self.order = ArticleListState.sortedIndices(articles, by: sort)
        self.selection = 0
        self.top = 0
    }

    /// The selected article's index in `Corpus.articles`, or `nil` for an empty corpus.
    public var selectedArticle: Int? { order.indices.contains(selection) ? order[selection] : nil }

    /// Re-sorts, keeping the same article selected.
    public mutating func resort(_ articles: [Article], by sort: SortOrder) {
        let selected = selectedArticle
        self.sort = sort
        order = ArticleListState.sortedIndices(articles, by: sort).filter { !hidden.contains($0) }
        if let kept { unfiltered = order; order = order.filter(kept.contains) }
        selection = selected.flatMap { order.firstIndex(of: $0) } ?? 0
    }

    /// Shows only the articles in `kept` (all with `nil`) in the same order, keeping the
    /// selection on the same article when it stays (the list filter).
    public mutating func restrict(to kept: Set<Int>?, articles: [Article]) {
        let selected = selectedArticle
        if unfiltered == nil { unfiltered = order }
        self.kept = kept
        order = kept.map { kept in unfiltered!.filter(kept.contains) } ?? unfiltered!
        selection = selected.flatMap { order.firstIndex(of: $0) } ?? 0
        top = min(top, max(0, order.count - 1))
    }

    /// Selects the article with index `article` in `Corpus.articles`.
    public mutating func select(article: Int) {
        if let position = order.firstIndex(of: article) { selection = position }
    }

    /// Keeps the selection on screen when `visible` entries fit.
    mutating func scrollToSelection(visible: Int) {
        guard visible > 0 else { return }
        if selection < top { top = selection }
        if selection >= top + visible { top = selection - visible + 1 }
        top = max(0, min(top, max(0, order.count - visible)))
    }

    /// Articles `arrived` (indices at the end of `articles`) join the list in their sorted places
    /// (a merge: the corpus grows while it loads). The same article stays selected, or, with
    /// `followingTop`, the first while the first was (the list fills in from the top as it loads).
    mutating func merge(_ arrived: [Int], articles: [Article], followingTop: Bool) {
        guard !arrived.isEmpty else { return }
        let before = ArticleListState.ordering(articles, by: sort)
        let incoming = arrived.sorted(by: before)
        func merged(_ existing: [Int]) -> [Int] {
            var result: [Int] = []
            result.reserveCapacity(existing.count + incoming.count)
            var next = 0
            for index in existing {
                while next < incoming.count, before(incoming[next], index) {
                    result.append(incoming[next])
                    next += 1
                }
                result.append(index)
            }
            return result + incoming[next...]
        }
        replaceOrder(with: merged(unfiltered ?? order), followingTop: followingTop)
    }

    /// The corpus changed in place (files changed or deleted): sorted again, `hidden` left out.
    mutating func refresh(_ articles: [Article], hiding hidden: Set<Int>, followingTop: Bool) {
        self.hidden = hidden
        replaceOrder(with: ArticleListState.sortedIndices(articles, by: sort).filter { !hidden.contains($0) }, followingTop: followingTop)
    }

    /// Every article in `all` order now, the filter still applied, the selection kept (see `merge`).
    private mutating func replaceOrder(with all: [Int], followingTop: Bool) {
        let selected = followingTop && selection == 0 ? nil : selectedArticle
        if unfiltered != nil { unfiltered = all }
        order = kept.map { kept in all.filter(kept.contains) } ?? all
        selection = selected.flatMap { order.firstIndex(of: $0) } ?? 0
        top = min(top, max(0, order.count - 1))
    }

    static func sortedIndices(_ articles: [Article], by sort: SortOrder) -> [Int] {
        articles.indices.sorted(by: ordering(articles, by: sort))
    }

    /// What the list is sorted by, taken from each article once per sort rather than at every
    /// comparison (a sort of ten thousand articles compares some 150,000 times).
    private struct SortKey {
        let timestamp: Double?
        let title: String
    }

    /// Whether article `a` comes before `b` in the list sorted by `sort`.
    static func ordering(_ articles: [Article], by sort: SortOrder) -> (Int, Int) -> Bool {
        let keys = articles.map { SortKey(timestamp: $0.date?.timestamp, title: $0.title) }
        func newerFirst(_ a: Int, _ b: Int) -> Bool? {
            let ta = keys[a].timestamp, tb = keys[b].timestamp
            switch (ta, tb) {
            case let (x?, y?) where x != y: return x > y
            case (_?, nil): return true
            case (nil, _?): return false
            default: return nil
            }
        }
        return { a, b in
            switch sort {
            case .date:
                if let answer = newerFirst(a, b) { return answer }
                if keys[a].title != keys[b].title { return keys[a].title < keys[b].title }
            case .title:
                if keys[a].title != keys[b].title { return keys[a].title < keys[b].title }
                if let answer = newerFirst(a, b) { return answer }
            }
            return a < b
        }
    }
}
