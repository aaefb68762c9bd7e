import Foundation
import GRDB
import HearsayModel
import HearsaySearch

/// A coverage search that parses only the articles the index says may match: the trigram index
/// for phrases of three characters or more, a scan of the stored folded text for shorter ones.
/// Articles not yet in the full-text index are parsed, folded and stored first (all of them on a
/// cold cache). The matches are the ones a search of the whole corpus finds, in the same order.
/// A page of results asks the index only for the candidates it needs, in load order.
public final class IndexedSearch {
    public let query: SearchQuery
    public let scope: Scope
    /// Every loading diagnostic, as a fresh load reports them.
    public var diagnostics: [Diagnostic] { scope.diagnostics }
    public var counts: ArticleIndex.Counts { scope.counts }
    /// Articles folded while the scope was built that may contain the phrase, by position.
    private let prefolded: [Int: FoldedArticle]
    /// Positions folded while the scope was built: candidates exactly when in `prefolded`.
    private let decided: Set<Int>
    /// Every candidate position in load order, once something asked for all of them.
    private var allCandidates: [Int]?
    /// Rows asked of the full-text index at a time.
    private let rowsPerPage: Int

    /// Brings the outline of `list`'s files up to date (decoding no record of a file that did not
    /// change, parsing those that did), then finds the candidates.
    public convenience init(
        query: SearchQuery, files list: ArticleFileList, index: ArticleIndex,
        loader: CorpusLoader = CorpusLoader()
    ) throws {
        let outline = try index.outline(list.files, pruningUnder: list.folders, loader: loader, keepingArticles: true)
        try self.init(query: query, files: list, outline: outline, index: index, loader: loader)
    }

    /// Searches files refreshed already (a reader that refreshed at start, and again only for the
    /// files `ArticleIndex.changes` names, searches without stat'ing them all).
    public convenience init(
        query: SearchQuery, files list: ArticleFileList, refreshed: ArticleIndex.Refresh, index: ArticleIndex,
        loader: CorpusLoader = CorpusLoader()
    ) throws {
        try self.init(query: query, files: list, outline: ArticleIndex.Outline(refreshed), index: index, loader: loader)
    }

    /// Searches files outlined already.
    public init(
        query: SearchQuery, files list: ArticleFileList, outline: ArticleIndex.Outline, index: ArticleIndex,
        loader: CorpusLoader = CorpusLoader()
    ) throws {
        self.query = query
        var folded: [Int: FoldedArticle] = [:]
        scope = try Scope(files: list, outline: outline, index: index, loader: loader, keepingMatchesOf: query, folded: &folded)
        prefolded = folded
        decided = Set(scope.foldedWhenBuilt)
        rowsPerPage = IndexedSearch.rowsPerPage
    }

    /// Searches a scope made once for many queries.
    public init(query: SearchQuery, scope: Scope, rowsPerPage: Int = IndexedSearch.rowsPerPage) {
        self.query = query
        self.scope = scope
        prefolded = [:]
        decided = []
        self.rowsPerPage = max(rowsPerPage, 1)
    }

    /// Articles folded (and their text stored) per slice when the full-text index is filled.
    static let foldingSlice = 1024

    /// Rows asked of the full-text index per page.
    public static let rowsPerPage = 64

    /// One page of results: the articles parsed for it (whole articles, so every match of each),
    /// their matches, and where the next page starts.
    public struct Page {
        /// The candidates parsed for this page that still exist, in load order.
        public let corpus: Corpus
        /// Every match in `corpus`, in order (`article` indexes `corpus.articles`).
        public let matches: [CorpusMatch]
        /// The position to ask the next page from; `nil` when no candidates are left.
        public let next: Int?
    }

    /// Parses candidates in load order from `start` (a position a previous page gave) until at
    /// least `count` matches are found or none are left; the first batch holds `batch` articles,
    /// each next one twice as many (up to 64), so a first screen parses hardly more than it shows.
    public func page(from start: Int = 0, matches count: Int, batch: Int = 8) throws -> Page {
        var folded: [FoldedArticle] = []
        var matches: [CorpusMatch] = []
        var pending: ArraySlice<Int> = []
        var cursor: Int? = start
        var size = max(batch, 1)
        while matches.count < count {
            if pending.isEmpty {
                guard let from = cursor else { break }
                let found = try candidates(from: from, atLeast: size)
                pending = found.positions[...]
                cursor = found.next
                if pending.isEmpty { continue }
            }
            let taken = pending.prefix(size)
            pending = pending.dropFirst(taken.count)
            let slice = fold(Array(taken))
            let offset = folded.count
            folded += slice
            matches += CorpusSearcher.allMatches(of: query, in: FoldedCorpus(folded: slice)).map {
                CorpusMatch(article: $0.article + offset, match: $0.match)
            }
            size = min(size * 2, max(batch, 64))
        }
        return Page(
            corpus: Corpus(articles: folded.map(\.article), diagnostics: diagnostics), matches: matches,
            next: pending.first ?? cursor)
    }

    /// The first `count` matches (or all, when fewer), parsing candidates in load order only until
    /// they are found: what a first screen of results needs.
    public func firstMatches(_ count: Int, batch: Int = 8) throws -> (Corpus, [CorpusMatch]) {
        let first = try page(matches: count, batch: batch)
        return (first.corpus, Array(first.matches.prefix(count)))
    }

    /// How many articles may match (and would be searched by `everything()`).
    public var candidateCount: Int {
        get throws { try everyCandidate().count }
    }

    /// Candidates that had to be parsed by `everything()` (not folded on the way in).
    public var candidatesToParse: Int {
        get throws { try everyCandidate().filter { prefolded[$0] == nil }.count }
    }

    /// Every candidate parsed and folded, with the loading diagnostics: search it as a whole corpus.
    public func everything() throws -> (Corpus, FoldedCorpus) {
        let folded = fold(try everyCandidate())
        return (Corpus(articles: folded.map(\.article), diagnostics: diagnostics), FoldedCorpus(folded: folded))
    }

    /// Candidate positions from `start` on, in load order: at least `wanted` when there are that
    /// many, and the position the next call starts from (`nil`: none left). When the index's rows
    /// ascend in load order it is asked a page at a time; otherwise for every candidate at once.
    private func candidates(from start: Int, atLeast wanted: Int) throws -> (positions: [Int], next: Int?) {
        guard let ordered = scope.rowsInLoadOrder else {
            let all = try everyCandidate()
            return (Array(all[all.partitioningIndex { $0 >= start }...]), nil)
        }
        var positions: [Int] = []
        var fromRow = ordered.dropFirst(ordered.partitioningIndex { $0.position >= start }).first?.row
        // Positions below `covered` have all been looked up.
        var covered = scope.files.count
        while positions.count < wanted, let from = fromRow {
            let rows = try scope.index.candidateRows(for: query.foldedPhrase, from: from, limit: rowsPerPage)
            positions += rows.compactMap { scope.positionByRow[$0] }.filter { !decided.contains($0) }
            guard rows.count == rowsPerPage, let last = rows.last else {
                fromRow = nil
                break
            }
            fromRow = last + 1
            covered = ordered.dropFirst(ordered.partitioningIndex { $0.row > last }).first?.position ?? scope.files.count
        }
        if fromRow == nil { covered = scope.files.count }
        // Articles without stored text, and those decided when the scope was built, in the same range.
        positions += scope.unstored.filter { $0 >= start && $0 < covered && !decided.contains($0) }
        positions += prefolded.keys.filter { $0 >= start && $0 < covered }
        return (positions.sorted(), fromRow == nil ? nil : covered)
    }

    /// Every candidate position in load order (asked of the index once per search).
    private func everyCandidate() throws -> [Int] {
        if let allCandidates { return allCandidates }
        let rows = try scope.index.candidateRows(for: query.foldedPhrase)
        var positions = rows.compactMap { scope.positionByRow[$0] }.filter { !decided.contains($0) }
        positions += scope.unstored.filter { !decided.contains($0) }
        positions += prefolded.keys
        positions.sort()
        allCandidates = positions
        return positions
    }

    /// Parses (unless folded already) and folds candidates, on all cores. An article that vanished
    /// since the refresh (a file deleted meanwhile) is left out, and so is one without stored text
    /// that does not contain the phrase.
    private func fold(_ positions: [Int]) -> [FoldedArticle] {
        let (files, finalIDs, loader, prefolded, query) = (scope.files, scope.finalIDs, scope.loader, prefolded, query)
        let unstored = Set(scope.unstored)
        return CorpusLoader.map(positions) { position -> FoldedArticle? in
            if let folded = prefolded[position] { return folded }
            let folded = IndexedSearch.fold(loader.load(file: files[position]).article, id: finalIDs[position]!)
            guard let folded, !unstored.contains(position) || folded.mayMatch(query) else { return nil }
            return folded
        }.compactMap { $0 }
    }

    static func fold(_ article: Article?, id: String) -> FoldedArticle? {
        guard var article else { return nil }
        article.id = id
        return FoldedArticle(article)
    }
}

extension RandomAccessCollection {
    /// The first index whose element satisfies `belongs` (elements are partitioned: those that do
    /// not, then those that do); `endIndex` when none does.
    fileprivate func partitioningIndex(where belongs: (Element) -> Bool) -> Index {
        var low = startIndex
        var count = self.count
        while count > 0 {
            let half = count / 2
            let middle = index(low, offsetBy: half)
            if belongs(self[middle]) {
                count = half
            } else {
                low = index(after: middle)
                count -= half + 1
            }
        }
        return low
    }
}
