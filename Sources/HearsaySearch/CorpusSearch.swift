import Dispatch

/// A search across the whole corpus that hands out its matches a batch at a time: the first
/// screenful comes back after searching only as many articles as it takes, and the UI asks for
/// more (between key presses, or in the background) until `isFinished`.
///
/// The search covers every article of the corpus but is given, at each call, the articles folded
/// so far (a prefix of the corpus that the UI grows in slices): it searches those and waits for
/// the rest. With the whole corpus folded (the command line, the benchmarks) nothing waits.
public struct CorpusSearch: Sendable {
    public let query: SearchQuery
    /// Articles in the whole corpus, folded or not.
    public let articleCount: Int
    /// The next article to search.
    public private(set) var articlesSearched = 0
    /// Matches found in the last searched article and not yet handed out.
    private var pending: [CorpusMatch] = []
    private var pendingStart = 0

    public init(query: SearchQuery, articleCount: Int) {
        self.query = query
        self.articleCount = articleCount
    }

    /// Whether every article has been searched and every match handed out.
    public var isFinished: Bool {
        articlesSearched >= articleCount && pendingStart == pending.count
    }

    /// Up to `count` more matches, in corpus order (articles in order, each in reading order), from
    /// the articles `corpus` has ready (those folded so far, or the candidates folded so far).
    /// Stops searching further articles once about `byteBudget` bytes of folded text have been
    /// searched in this call (at least one article), so it may hand out fewer: ask again.
    public mutating func next(_ count: Int, in corpus: some FoldedArticleSupply, byteBudget: Int = .max) -> [CorpusMatch] {
        var batch: [CorpusMatch] = []
        var scanned = 0
        while batch.count < count {
            if pendingStart == pending.count {
                guard articlesSearched < articleCount, scanned < byteBudget || scanned == 0 else { break }
                switch corpus.next(atOrAfter: articlesSearched) {
                case .ready(let index, let article):
                    guard index < articleCount else {
                        articlesSearched = articleCount
                        continue
                    }
                    pending = ArticleSearcher.matches(of: query, in: article).map { CorpusMatch(article: index, match: $0) }
                    pendingStart = 0
                    articlesSearched = index + 1
                    scanned += max(article.foldedByteCount, 1)
                case .nothingBefore(let index):
                    // Articles skipped are not to be looked at; at `index` the search waits.
                    guard index > articlesSearched else { return batch }
                    articlesSearched = min(index, articleCount)
                }
                continue
            }
            let take = min(count - batch.count, pending.count - pendingStart)
            batch += pending[pendingStart..<(pendingStart + take)]
            pendingStart += take
        }
        return batch
    }

    /// Every match not yet handed out in the articles `corpus` has ready, one article after another.
    public mutating func rest(in corpus: some FoldedArticleSupply) -> [CorpusMatch] {
        var result: [CorpusMatch] = []
        while true {
            let batch = next(.max, in: corpus)
            if batch.isEmpty { return result }
            result += batch
        }
    }

    /// Every match not yet handed out in the articles of `corpus` (all of them when the whole
    /// corpus is folded). The articles left are searched in parallel.
    public mutating func rest(in corpus: FoldedCorpus) -> [CorpusMatch] {
        var result = Array(pending[pendingStart...])
        pendingStart = pending.count
        let end = min(articleCount, corpus.articles.count)
        result += Self.matches(of: query, in: corpus, articles: articlesSearched..<max(end, articlesSearched))
        articlesSearched = max(end, articlesSearched)
        return result
    }

    /// Matches in `articles`, searched in contiguous chunks spread over the cores, in order.
    private static func matches(of query: SearchQuery, in corpus: FoldedCorpus, articles: Range<Int>) -> [CorpusMatch] {
        guard !articles.isEmpty else { return [] }
        let chunkCount = min(articles.count, 16)
        let chunks = UnsafeMutableBufferPointer<[CorpusMatch]>.allocate(capacity: chunkCount)
        chunks.initialize(repeating: [])
        defer {
            _ = chunks.deinitialize()
            chunks.deallocate()
        }
        // Each worker writes only its own chunk's slot; all are read after every worker finished.
        nonisolated(unsafe) let slots = chunks
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
            let lower = articles.lowerBound + articles.count * chunk / chunkCount
            let upper = articles.lowerBound + articles.count * (chunk + 1) / chunkCount
            var found: [CorpusMatch] = []
            for index in lower..<upper {
                corpus.articles[index].forEachMatch(of: query) { match in
                    found.append(CorpusMatch(article: index, match: match))
                    return true
                }
            }
            slots[chunk] = found
        }
        return Array(chunks.joined())
    }
}

/// Search across the coverage (the results view and `hearsay search`).
public enum CorpusSearcher {
    /// A resumable search of `corpus`: call `next(_:in:)` for the first screenful, then for the rest.
    public static func search(_ query: SearchQuery, in corpus: FoldedCorpus) -> CorpusSearch {
        CorpusSearch(query: query, articleCount: corpus.articles.count)
    }

    /// Every match in the corpus, in corpus order.
    public static func allMatches(of query: SearchQuery, in corpus: FoldedCorpus) -> [CorpusMatch] {
        var search = CorpusSearch(query: query, articleCount: corpus.articles.count)
        return search.rest(in: corpus)
    }
}
