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
    /// The articles a candidate source says may match, folded as the search gets to them; `nil`:
    /// the search looks at every article, in the corpus folded so far.
    public private(set) var candidates: CandidateFolding?
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

    init(typed: String, query: SearchQuery, search: CorpusSearch, candidates: CandidateFolding? = nil) {
        self.typed = typed
        self.query = query
        self.search = search
        self.candidates = candidates
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
    mutating func fetch(rows count: Int, in space: SearchSpace, byteBudget: Int) {
        guard rows.count < count, !search.isFinished else { return }
        append(next(count - rows.count, in: space, byteBudget: byteBudget))
    }

    /// Fetches up to `count` more matches (the runtime's work between key presses).
    mutating func fetch(matches count: Int, in space: SearchSpace, byteBudget: Int) {
        append(next(count, in: space, byteBudget: byteBudget))
    }

    /// Fetches every match left in the articles folded (the candidates folded so far).
    mutating func fetchAll(in space: SearchSpace) {
        guard candidates != nil else { return append(search.rest(in: space.folded)) }
        prepareCandidates(in: space)
        append(search.rest(in: candidates!))
    }

    /// The next matches: in the corpus folded so far, or in the candidates, folded first.
    private mutating func next(_ count: Int, in space: SearchSpace, byteBudget: Int) -> [CorpusMatch] {
        guard candidates != nil else { return search.next(count, in: space.folded, byteBudget: byteBudget) }
        guard !search.isFinished else { return [] }
        prepareCandidates(in: space)
        return search.next(count, in: candidates!, byteBudget: byteBudget)
    }

    private mutating func prepareCandidates(in space: SearchSpace) {
        candidates?.prepare(
            from: search.articlesSearched, in: space.corpus, generation: space.generation, byteBudget: SearchWork.idleFoldBytes)
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
    /// view of `height` screen rows, a match taking `lines(match)` of them.
    mutating func select(
        _ index: Int, height: Int, lines: (CorpusMatch) -> Int, in space: SearchSpace, byteBudget: Int
    ) {
        if index >= matches.count, !isFinished {
            fetch(matches: index - matches.count + 1, in: space, byteBudget: byteBudget)
        }
        guard !matches.isEmpty else { return }
        selection = min(max(index, 0), matches.count - 1)
        top = topShowingSelection(height: height, lines: lines)
        fetch(rows: top + height, in: space, byteBudget: byteBudget)
    }

    /// The screen rows `row` takes: a title one, a match `lines(match)`.
    func screenRows(of row: Row, lines: (CorpusMatch) -> Int) -> Int {
        switch row {
        case .article: 1
        case .match(let match): lines(matches[match])
        }
    }

    /// The first row on screen once the selected match is wholly in a view of `height` screen
    /// rows (with its article's title when it is the article's first match), scrolling no more
    /// than needed from `top`.
    func topShowingSelection(height: Int, lines: (CorpusMatch) -> Int) -> Int {
        guard matches.indices.contains(selection) else { return top }
        let row = row(ofMatch: selection)
        let firstInArticle = selection == 0 || matches[selection - 1].article != matches[selection].article
        // Each row takes at least a screen row: no more than `height` rows are measured.
        var first = max(min(top, firstInArticle ? max(0, row - 1) : row), row - height + 1, 0)
        var used = (first...row).reduce(0) { $0 + screenRows(of: rows[$1], lines: lines) }
        while used > height, first < row {
            used -= screenRows(of: rows[first], lines: lines)
            first += 1
        }
        return first
    }

    /// The match a page (`height` screen rows less two of overlap) after (`forward`) or before the
    /// selected one: the furthest whose rows, and those of titles in between, fit in the page.
    func matchAPage(forward: Bool, height: Int, lines: (CorpusMatch) -> Int) -> Int {
        let page = max(1, height - 2)
        var index = selection
        var used = 0
        while true {
            let next = index + (forward ? 1 : -1)
            guard matches.indices.contains(next) else { return forward && !isFinished ? next : index }
            let (from, to) = forward ? (row(ofMatch: index) + 1, row(ofMatch: next)) : (row(ofMatch: next), row(ofMatch: index) - 1)
            used += (from...to).reduce(0) { $0 + screenRows(of: rows[$1], lines: lines) }
            if used > page { return index == selection ? next : index }
            index = next
        }
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
