import HearsayModel

/// Says which articles of the reader's corpus may contain a query's phrase (a persistent
/// full-text index), so that the coverage search and the list filter fold and search only those.
/// The answer is a superset: the in-memory search still decides, so results are unchanged.
public protocol SearchCandidateSource: Sendable {
    /// Whether the source can answer now (its index complete and fresh for the corpus's files):
    /// until then every search folds the whole corpus, as without a source.
    var isReady: Bool { get }

    /// Makes ready, off the caller's thread, what every query over `corpus` needs and no phrase
    /// changes (which of the index's rows is which article), so that the first query need not:
    /// called when a search prompt opens. Returns at once.
    func prepare(for corpus: Corpus, generation: Int)

    /// A lookup of `query`'s phrase over `corpus`'s articles (`Corpus.articles` indices), asked a
    /// page at a time in load order; `generation` changes whenever the corpus does, so what does
    /// not depend on the phrase can be kept between queries. `nil` when the source cannot say:
    /// search every article then.
    func pager(for query: SearchQuery, in corpus: Corpus, generation: Int) -> (any CandidatePager)?
}

/// One query's lookup in a candidate source. Holds no position itself: `SearchCandidates` keeps
/// it, so a search stays a value.
public protocol CandidatePager: Sendable {
    /// One bounded step of the lookup, from `cursor` (`nil`: the start; else a page's `next`).
    func page(from cursor: Int64?) -> CandidatePage
}

/// What one step of a `CandidatePager` found.
public struct CandidatePage: Sendable, Hashable {
    /// Articles that may contain the phrase, in any order (an article may come in two pages).
    public var articles: [Int]
    /// Every article below this one has been looked up (candidates of those are all found now).
    public var decidedBelow: Int
    /// Where the next step starts; `nil` when the lookup is finished.
    public var next: Int64?

    public init(articles: [Int], decidedBelow: Int, next: Int64?) {
        self.articles = articles
        self.decidedBelow = decidedBelow
        self.next = next
    }
}

/// The candidates of one query, found a page at a time: those below `decidedBelow` are known (in
/// load order), those found beyond it wait until the lookup has decided everything before them.
public struct SearchCandidates: Sendable {
    private let pager: any CandidatePager
    public let articleCount: Int
    private var cursor: Int64?
    private var started = false
    /// Candidates below `decidedBelow`, ascending, without duplicates.
    public private(set) var decided: [Int] = []
    /// Candidates found at or beyond `decidedBelow`, ascending, without duplicates.
    private var pending: [Int]
    public private(set) var decidedBelow = 0
    /// Pages asked of the source so far.
    public private(set) var pagesAsked = 0

    /// `always` are candidates whatever the source says (articles changed since it was filled).
    public init(pager: any CandidatePager, articleCount: Int, always: [Int] = []) {
        self.pager = pager
        self.articleCount = articleCount
        pending = Array(Set(always.filter { $0 >= 0 && $0 < articleCount })).sorted()
    }

    /// Whether every article has been decided.
    public var isFinished: Bool { decidedBelow >= articleCount }

    /// Asks the source for the next page.
    public mutating func advance() {
        guard !isFinished else { return }
        let page = pager.page(from: started ? cursor : nil)
        started = true
        pagesAsked += 1
        cursor = page.next
        let below = page.next == nil ? articleCount : min(max(page.decidedBelow, decidedBelow), articleCount)
        let found = page.articles.filter { $0 >= decidedBelow && $0 < articleCount }
        pending = Array(Set(pending + found)).sorted()
        let split = pending.firstIndex { $0 >= below } ?? pending.count
        decided += pending[..<split]
        pending.removeFirst(split)
        decidedBelow = below
    }

    /// The first candidate at or after `index` among those decided, or `nil`.
    public func firstDecided(atOrAfter index: Int) -> Int? {
        var low = 0
        var high = decided.count
        while low < high {
            let middle = (low + high) / 2
            if decided[middle] < index { low = middle + 1 } else { high = middle }
        }
        return low < decided.count ? decided[low] : nil
    }
}
