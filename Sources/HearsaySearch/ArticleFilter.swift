/// The article list's filter: as the user types, keep the articles whose title, tags, source,
/// summary, speakers or text match.
public enum ArticleFilter {
    /// Whether `article` passes. Metadata is checked first (small), then the folded text, which
    /// stops at the first match. With a speaker restriction the phrase must occur in that speaker's turns;
    /// without a phrase, the speaker must speak or be quoted in the article.
    public static func matches(_ query: SearchQuery, _ article: FoldedArticle) -> Bool {
        if query.isEmpty { return true }
        if let admitted = article.admittedSpeakers(for: query) {
            guard admitted.contains(true) || !query.hasText else { return false }
            return ArticleSearcher.containsMatch(of: query, in: article)
        }
        return article.metadataContains(query) || ArticleSearcher.containsMatch(of: query, in: article)
    }

    /// The articles (indices into `table`, each `FoldedArticle.foldedMetadata(of:)`) whose
    /// metadata alone lets them pass `query`, a query without a speaker restriction: they pass
    /// whatever their text holds. None for a query with one (the metadata is then not looked at).
    public static func passingOnMetadata(_ query: SearchQuery, in table: [[UInt8]]) -> [Int] {
        guard query.foldedSpeaker == nil, query.hasText else { return [] }
        let searcher = ByteSearcher(query.foldedText)
        return table.indices.filter { index in
            table[index].withUnsafeBufferPointer { searcher.firstMatch(in: $0, from: 0) != nil }
        }
    }

    /// Indices (into `corpus.articles`) of the articles that pass, among `candidates` (all when
    /// `nil`), in order.
    public static func matchingIndices(_ query: SearchQuery, in corpus: FoldedCorpus, among candidates: [Int]? = nil) -> [Int] {
        var run = ArticleFilterRun(query: query, articleCount: corpus.articles.count, candidates: candidates)
        run.advance(in: corpus, byteBudget: .max)
        return run.matching
    }
}

/// The list filter run in slices, so a keystroke never blocks the screen on a large corpus: the UI
/// calls `advance(in:byteBudget:)` between input polls until `isFinished`, showing `matching` so far.
///
/// The run covers every article of the corpus but checks only those already folded: it is given
/// the articles folded so far (a prefix of the corpus, growing while the UI folds the rest in
/// slices) and waits at the first candidate not among them. When the new query narrows the
/// previous one (one more character typed), start from the previous run: only the articles it
/// kept (or had not yet looked at) are checked again.
public struct ArticleFilterRun: Sendable {
    public let query: SearchQuery
    /// Indices into `FoldedCorpus.articles` that passed so far, in order.
    public private(set) var matching: [Int] = []
    /// Articles in the whole corpus, folded or not.
    public let articleCount: Int
    /// In increasing order.
    private let candidates: [Int]
    private var nextCandidate = 0

    public init(query: SearchQuery, articleCount: Int, candidates: [Int]? = nil) {
        self.query = query
        self.articleCount = articleCount
        self.candidates = candidates ?? Array(0..<articleCount)
    }

    /// A run for `query` that reuses `previous` when `query` narrows `previous.query`.
    public init(query: SearchQuery, after previous: ArticleFilterRun) {
        if query.narrows(previous.query) {
            let unchecked = previous.candidates[previous.nextCandidate...]
            self.init(query: query, articleCount: previous.articleCount, candidates: previous.matching + unchecked)
        } else {
            self.init(query: query, articleCount: previous.articleCount)
        }
    }

    public var isFinished: Bool { nextCandidate >= candidates.count }

    /// How many candidates are left to check.
    public var remaining: Int { candidates.count - nextCandidate }

    /// How far through the corpus the run has got: every article before this one is decided
    /// (for a progress display, `articlesDone` of `articleCount`).
    public var articlesDone: Int { isFinished ? articleCount : candidates[nextCandidate] }

    /// Whether the next candidate is not among `corpus`'s articles yet (not folded yet).
    public func isWaiting(for corpus: FoldedCorpus) -> Bool {
        !isFinished && candidates[nextCandidate] >= corpus.articles.count
    }

    /// Checks candidates among the articles `corpus` has ready (those folded so far, or the
    /// candidates a candidate source named, folded so far) until about `byteBudget` bytes of
    /// folded text have been scanned (at least one article per call), all are done, or the next
    /// one is not ready yet. Articles `corpus` says are not to be looked at do not pass.
    public mutating func advance(in corpus: some FoldedArticleSupply, byteBudget: Int) {
        var scanned = 0
        while nextCandidate < candidates.count && (scanned < byteBudget || scanned == 0) {
            let index = candidates[nextCandidate]
            switch corpus.next(atOrAfter: index) {
            case .ready(let found, let article) where found == index:
                if ArticleFilter.matches(query, article) { matching.append(index) }
                scanned += max(article.foldedByteCount, 1)
                nextCandidate += 1
            case .ready(let found, _):
                skipCandidates(before: found)
            case .nothingBefore(let found):
                guard found > index else { return }
                skipCandidates(before: found)
            }
        }
    }

    /// Moves on to the first candidate at or after `index` (those before it do not pass).
    private mutating func skipCandidates(before index: Int) {
        var low = nextCandidate
        var high = candidates.count
        while low < high {
            let middle = (low + high) / 2
            if candidates[middle] < index { low = middle + 1 } else { high = middle }
        }
        nextCandidate = low
    }
}
