import Dispatch

/// A search across the whole corpus that hands out its matches a batch at a time: the first
/// screenful comes back after searching only as many articles as it takes, and the UI asks for
/// more (between key presses, or in the background) until `isFinished`.
public struct CorpusSearch: Sendable {
    public let query: SearchQuery
    private let corpus: FoldedCorpus
    /// The next article to search.
    public private(set) var articlesSearched = 0
    /// Matches found in the last searched article and not yet handed out.
    private var pending: [CorpusMatch] = []
    private var pendingStart = 0

    public init(query: SearchQuery, in corpus: FoldedCorpus) {
        self.query = query
        self.corpus = corpus
    }

    /// Whether every article has been searched and every match handed out.
    public var isFinished: Bool {
        articlesSearched >= corpus.articles.count && pendingStart == pending.count
    }

    /// Up to `count` more matches, in corpus order (articles in order, each in reading order).
    public mutating func next(_ count: Int) -> [CorpusMatch] {
        var batch: [CorpusMatch] = []
        while batch.count < count {
            if pendingStart == pending.count {
                guard articlesSearched < corpus.articles.count else { break }
                let index = articlesSearched
                pending = ArticleSearcher.matches(of: query, in: corpus.articles[index])
                    .map { CorpusMatch(article: index, match: $0) }
                pendingStart = 0
                articlesSearched += 1
                continue
            }
            let take = min(count - batch.count, pending.count - pendingStart)
            batch += pending[pendingStart..<(pendingStart + take)]
            pendingStart += take
        }
        return batch
    }

    /// Every match not yet handed out. The articles left are searched in parallel.
    public mutating func rest() -> [CorpusMatch] {
        var result = Array(pending[pendingStart...])
        pendingStart = pending.count
        result += Self.matches(of: query, in: corpus, articles: articlesSearched..<corpus.articles.count)
        articlesSearched = corpus.articles.count
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
    /// A resumable search: call `next(_:)` for the first screenful, then for the rest.
    public static func search(_ query: SearchQuery, in corpus: FoldedCorpus) -> CorpusSearch {
        CorpusSearch(query: query, in: corpus)
    }

    /// Every match in the corpus, in corpus order.
    public static func allMatches(of query: SearchQuery, in corpus: FoldedCorpus) -> [CorpusMatch] {
        var search = CorpusSearch(query: query, in: corpus)
        return search.rest()
    }
}
