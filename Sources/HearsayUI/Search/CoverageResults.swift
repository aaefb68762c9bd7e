import HearsaySearch

/// The results of a search across the coverage, fetched from a resumable `CorpusSearch` only as
/// far as the screen needs (and further, a batch at a time, while no key is pressed): rows are
/// an article's title followed by its matches. Each fetch searches the articles folded so far
/// (`in corpus`) within a byte budget; what is not folded yet is searched as it is.
public struct CoverageResults: Sendable {
    public enum Row: Sendable, Hashable {
        /// An article's title (index into `Corpus.articles`).
        case article(Int)
        /// A match (index into `matches`).
        case match(Int)
    }

    public let typed: String
    public let query: SearchQuery
    private var search: CorpusSearch
    public private(set) var matches: [CorpusMatch] = []
    public private(set) var rows: [Row] = []
    /// The row of each match.
    private var matchRows: [Int] = []
    private var articles = 0
    /// Matches fetched so far in each article.
    private var matchesByArticle: [Int: Int] = [:]
    /// Index into `matches` of the selected result.
    public var selection = 0
    /// First row on screen.
    public var top = 0

    init(typed: String, query: SearchQuery, search: CorpusSearch) {
        self.typed = typed
        self.query = query
        self.search = search
    }

    /// Whether every match has been fetched.
    public var isFinished: Bool { search.isFinished }

    /// Articles with at least one match fetched.
    public var articleCount: Int { articles }

    /// Articles searched so far, of `totalArticles`.
    public var articlesSearched: Int { search.articlesSearched }
    public var totalArticles: Int { search.articleCount }

    /// The matches in `article` fetched so far, and whether that is all of them (the search has
    /// gone past it: it finds an article's matches together, in order).
    public func matchCount(inArticle article: Int) -> (matches: Int, complete: Bool) {
        (matchesByArticle[article] ?? 0, isFinished || matches.last?.article != article)
    }

    /// The row of match `index`.
    public func row(ofMatch index: Int) -> Int { matchRows[index] }

    /// Fetches until there are at least `count` rows, no more matches, or the budget (folded
    /// bytes searched) is spent. Each match adds at least a row, so one batch is enough.
    mutating func fetch(rows count: Int, in corpus: FoldedCorpus, byteBudget: Int) {
        guard rows.count < count, !search.isFinished else { return }
        append(search.next(count - rows.count, in: corpus, byteBudget: byteBudget))
    }

    /// Fetches up to `count` more matches (the runtime's work between key presses).
    mutating func fetch(matches count: Int, in corpus: FoldedCorpus, byteBudget: Int) {
        append(search.next(count, in: corpus, byteBudget: byteBudget))
    }

    /// Fetches every match left in the articles of `corpus`.
    mutating func fetchAll(in corpus: FoldedCorpus) {
        append(search.rest(in: corpus))
    }

    private mutating func append(_ batch: [CorpusMatch]) {
        for found in batch {
            if matches.last?.article != found.article {
                rows.append(.article(found.article))
                articles += 1
            }
            matchRows.append(rows.count)
            matchesByArticle[found.article, default: 0] += 1
            rows.append(.match(matches.count))
            matches.append(found)
        }
    }

    /// Selects match `index` (clamped, fetching as needed within the budget) and scrolls it into a
    /// view of `height` rows.
    mutating func select(_ index: Int, height: Int, in corpus: FoldedCorpus, byteBudget: Int) {
        if index >= matches.count, !isFinished {
            fetch(matches: index - matches.count + 1, in: corpus, byteBudget: byteBudget)
        }
        guard !matches.isEmpty else { return }
        selection = min(max(index, 0), matches.count - 1)
        let row = row(ofMatch: selection)
        // Show the article's title above its first match.
        let wanted = selection > 0 && matches[selection - 1].article == matches[selection].article ? row : row - 1
        if wanted < top { top = max(0, wanted) }
        if row >= top + height { top = row - height + 1 }
        fetch(rows: top + height, in: corpus, byteBudget: byteBudget)
    }

    /// What the status bar says when the search has found nothing.
    static func notFound(_ typed: String) -> String { "not found: \(typed)" }

    /// `17 matches in 3 articles`, `50+ matches so far · searching… 1200/6548` while still searching.
    public var summary: String {
        if isFinished {
            let matchesText = matches.count == 1 ? "1 match" : "\(matches.count) matches"
            return "\(matchesText) in \(articles) article\(articles == 1 ? "" : "s")"
        }
        return "\(matches.count)+ matches so far · searching… \(articlesSearched)/\(totalArticles)"
    }
}
