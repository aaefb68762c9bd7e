import HearsaySearch

/// The results of a search across the coverage, fetched from a resumable `CorpusSearch` only as
/// far as the screen needs (and further, a batch at a time, while no key is pressed): rows are
/// an article's title followed by its matches.
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

    /// The row of match `index`.
    public func row(ofMatch index: Int) -> Int { matchRows[index] }

    /// Fetches until there are at least `count` rows (or no more matches).
    mutating func fetch(rows count: Int) {
        while rows.count < count, !search.isFinished {
            append(search.next(max(count - rows.count, 1)))
        }
    }

    /// Fetches up to `count` more matches (the runtime's work between key presses).
    mutating func fetch(matches count: Int) {
        append(search.next(count))
    }

    /// Fetches every match left.
    mutating func fetchAll() {
        append(search.rest())
    }

    private mutating func append(_ batch: [CorpusMatch]) {
        for found in batch {
            if matches.last?.article != found.article {
                rows.append(.article(found.article))
                articles += 1
            }
            matchRows.append(rows.count)
            rows.append(.match(matches.count))
            matches.append(found)
        }
    }

    /// Selects match `index` (clamped, fetching as needed) and scrolls it into a view of `height` rows.
    mutating func select(_ index: Int, height: Int) {
        while index >= matches.count, !isFinished {
            fetch(matches: index - matches.count + 1)
        }
        guard !matches.isEmpty else { return }
        selection = min(max(index, 0), matches.count - 1)
        let row = row(ofMatch: selection)
        // Show the article's title above its first match.
        let wanted = selection > 0 && matches[selection - 1].article == matches[selection].article ? row : row - 1
        if wanted < top { top = max(0, wanted) }
        if row >= top + height { top = row - height + 1 }
        fetch(rows: top + height)
    }

    /// `17 matches in 3 articles`, `50+ matches so far` while still searching.
    public var summary: String {
        if isFinished {
            let matchesText = matches.count == 1 ? "1 match" : "\(matches.count) matches"
            return "\(matchesText) in \(articles) article\(articles == 1 ? "" : "s")"
        }
        return "\(matches.count)+ matches so far"
    }
}
