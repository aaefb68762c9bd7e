import Foundation
import GRDB
import HearsayModel
import HearsaySearch

/// The reader's candidate source (`SearchCandidateSource`) over the persistent index: which of the
/// reader's articles may contain a phrase, from the full-text index, a page of rows at a time in
/// load order. It answers only once `fill()` has made the full-text index complete and fresh for
/// the files under the reader's paths; articles it does not know (added since) are always
/// candidates. Uses a connection of its own (`ArticleIndex.open`), apart from the reader's loading,
/// opened by `fill()` on its thread (a cache locked by another process waits there, not at start).
public final class IndexCandidateSource: SearchCandidateSource, @unchecked Sendable {
    /// Opens the index (`fill()` calls it once).
    let opening: @Sendable () -> ArticleIndex?
    /// Set by `fill()`; read by the pages once the source answers.
    var index: ArticleIndex?
    let paths: [String]
    let loader: CorpusLoader
    let lock = NSLock()
    /// Display path (as `Article.path` holds it) → index row, for every file whose folded text is
    /// stored and was fresh when filled; `nil` until then.
    var rowByPath: [String: Int64]?
    /// The reader's articles mapped to rows, for the corpus generation it was made for.
    var mapping: (generation: Int, rows: ArticleRows)?
    /// The generation whose mapping is being made in the background (`prepare`).
    private var preparing: Int?

    /// Rows asked of the full-text index per page, and rows of stored text scanned per page for a
    /// phrase shorter than a trigram.
    let rowsPerPage: Int
    let scanSpan: Int64

    /// A source over the index in `cacheFolder`, opened when filled (`nil` there: it never answers).
    public convenience init(cacheFolder: String, paths: [String]) {
        self.init(opening: { ArticleIndex.open(folder: cacheFolder).index }, paths: paths)
    }

    /// A source over an index already open.
    public convenience init(
        index: ArticleIndex, paths: [String], loader: CorpusLoader = CorpusLoader(),
        rowsPerPage: Int = IndexCandidateSource.rowsPerPage, scanSpan: Int64 = IndexCandidateSource.scanSpan
    ) {
        nonisolated(unsafe) let index = index
        self.init(opening: { index }, paths: paths, loader: loader, rowsPerPage: rowsPerPage, scanSpan: scanSpan)
    }

    init(
        opening: @escaping @Sendable () -> ArticleIndex?, paths: [String], loader: CorpusLoader = CorpusLoader(),
        rowsPerPage: Int = IndexCandidateSource.rowsPerPage, scanSpan: Int64 = IndexCandidateSource.scanSpan
    ) {
        self.opening = opening
        self.paths = paths
        self.loader = loader
        self.rowsPerPage = max(rowsPerPage, 1)
        self.scanSpan = max(scanSpan, 1)
    }

    public var isReady: Bool { lock.withLock { rowByPath != nil } }

    public func prepare(for corpus: Corpus, generation: Int) {
        let needed = lock.withLock {
            guard rowByPath != nil, mapping?.generation != generation, preparing != generation else { return false }
            preparing = generation
            return true
        }
        guard needed else { return }
        DispatchQueue.global(qos: .utility).async { [self] in _ = rows(for: corpus, generation: generation) }
    }

    public func pager(for query: SearchQuery, in corpus: Corpus, generation: Int) -> (any CandidatePager)? {
        guard query.hasText, let index = lock.withLock({ index }), let rows = rows(for: corpus, generation: generation) else { return nil }
        return IndexCandidatePager(index: index, phrase: query.foldedPhrase, rows: rows, rowsPerPage: rowsPerPage, scanSpan: scanSpan)
    }

    /// The articles of `corpus` by row, made once per generation (outside the lock: at 100,000
    /// articles it takes about 100 ms); `nil` until the index is filled.
    private func rows(for corpus: Corpus, generation: Int) -> ArticleRows? {
        let known: ArticleRows?? = lock.withLock {
            guard rowByPath != nil else { return .some(nil) }
            if let mapping, mapping.generation == generation { return .some(mapping.rows) }
            return nil
        }
        if let known { return known }
        guard let rowByPath = lock.withLock({ rowByPath }) else { return nil }
        let rows = ArticleRows(articles: corpus.articles, rowByPath: rowByPath)
        lock.withLock { mapping = (generation, rows) }
        return rows
    }

    /// Rows whose text is read per page when a phrase is shorter than a trigram (a scan): about
    /// 10 MB of generated articles, a few milliseconds.
    public static let scanSpan: Int64 = 1024

    /// Rows asked of the full-text index per page.
    public static let rowsPerPage = 64
}

/// The reader's articles by index row: what every query of one corpus generation shares.
final class ArticleRows: Sendable {
    let articleCount: Int
    let articleByRow: [Int64: Int]
    /// Articles without a fresh row (added since the index was filled): always candidates.
    let unknown: [Int]
    /// For each article, the highest row among it and the articles before it: once every row
    /// below `r` has been looked up, the articles whose prefix maximum is below `r` are decided.
    let prefixMaximumRow: [Int64]
    let firstRow: Int64
    let lastRow: Int64

    init(articles: [Article], rowByPath: [String: Int64]) {
        articleCount = articles.count
        var articleByRow: [Int64: Int] = [:]
        var unknown: [Int] = []
        var prefix: [Int64] = []
        prefix.reserveCapacity(articles.count)
        var highest = Int64.min
        var lowest = Int64.max
        for (position, article) in articles.enumerated() {
            if let path = article.path, let row = rowByPath[path] {
                articleByRow[row] = position
                highest = max(highest, row)
                lowest = min(lowest, row)
            } else {
                unknown.append(position)
            }
            prefix.append(highest)
        }
        self.articleByRow = articleByRow
        self.unknown = unknown
        prefixMaximumRow = prefix
        firstRow = lowest == Int64.max ? 0 : lowest
        lastRow = highest == Int64.min ? -1 : highest
    }

    /// How many leading articles are decided once every row below `row` has been looked up.
    func decided(rowsBelow row: Int64) -> Int {
        var low = 0
        var high = prefixMaximumRow.count
        while low < high {
            let middle = (low + high) / 2
            if prefixMaximumRow[middle] < row { low = middle + 1 } else { high = middle }
        }
        return low
    }
}

/// One phrase's lookup: FTS5 trigram pages (`MATCH ? AND rowid >= ? ORDER BY rowid LIMIT ?`), or
/// for a phrase of one or two characters a scan of the stored text a span of rows at a time.
struct IndexCandidatePager: CandidatePager, @unchecked Sendable {
    let index: ArticleIndex
    let phrase: String
    let rows: ArticleRows
    let rowsPerPage: Int
    let scanSpan: Int64

    func page(from cursor: Int64?) -> CandidatePage {
        let start = cursor ?? rows.firstRow
        let limit = rowsPerPage
        // Rows past the reader's last are other folders' (one cache serves every folder opened).
        guard start <= rows.lastRow else {
            return CandidatePage(articles: cursor == nil ? rows.unknown : [], decidedBelow: rows.articleCount, next: nil)
        }
        do {
            let found: [Int64]
            let next: Int64?
            if ArticleIndex.trigramQuery(phrase) != nil {
                found = try index.candidateRows(for: phrase, from: start, limit: limit)
                next = found.count == limit && found.last! < rows.lastRow ? found.last! + 1 : nil
            } else {
                let end = start + scanSpan
                found = try index.scannedRows(containing: phrase, from: start, below: end, limit: limit)
                next = found.count == limit ? found.last! + 1 : (end > rows.lastRow ? nil : end)
            }
            var articles = found.compactMap { rows.articleByRow[$0] }
            if cursor == nil { articles += rows.unknown }
            return CandidatePage(articles: articles, decidedBelow: next.map(rows.decided(rowsBelow:)) ?? rows.articleCount, next: next)
        } catch {
            // The index cannot be read now (locked, damaged): every article is a candidate.
            return CandidatePage(articles: Array(0..<rows.articleCount), decidedBelow: rows.articleCount, next: nil)
        }
    }
}

extension ArticleIndex {
    /// Rows in `first..<end` whose stored folded text contains `phrase`, ascending, at most `limit`.
    func scannedRows(containing phrase: String, from first: Int64, below end: Int64, limit: Int) throws -> [Int64] {
        try database.read { db in
            try Int64.fetchAll(
                db, sql: "SELECT id FROM folded_text WHERE id >= ? AND id < ? AND instr(text, ?) > 0 ORDER BY id LIMIT ?",
                arguments: [first, end, phrase, limit])
        }
    }
}
