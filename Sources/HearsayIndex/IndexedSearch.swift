import Foundation
import GRDB
import HearsayModel
import HearsaySearch

/// A coverage search that parses only the articles the index says may match: the trigram index
/// for phrases of three characters or more, a scan of the stored folded text for shorter ones.
/// Articles not yet in the full-text index are parsed, folded and stored first (all of them on a
/// cold cache). The matches are the ones a search of the whole corpus finds, in the same order.
public struct IndexedSearch: Sendable {
    public let query: SearchQuery
    /// Every loading diagnostic, as a fresh load reports them.
    public let diagnostics: [Diagnostic]
    public let counts: ArticleIndex.Counts
    /// Articles that may match, in load order.
    private let candidates: [Candidate]
    private let loader: CorpusLoader

    private struct Candidate: Sendable {
        var file: ArticleFile
        /// The id after duplicates are renamed.
        var id: String
        /// Folded already (it had to be, for the full-text index).
        var folded: FoldedArticle?
    }

    /// Refreshes the index for `list`'s files (parsing what changed), then finds the candidates.
    public init(
        query: SearchQuery, files list: ArticleFileList, index: ArticleIndex,
        loader: CorpusLoader = CorpusLoader()
    ) throws {
        let refresh = try index.refresh(list.files, pruningUnder: list.folders, loader: loader, keepingArticles: true)
        try self.init(query: query, files: list, refreshed: refresh, index: index, loader: loader)
    }

    /// Finds the candidates among files refreshed already (a reader that refreshed at start, and
    /// again only for the files `ArticleIndex.changes` names, searches without stat'ing them all).
    public init(
        query: SearchQuery, files list: ArticleFileList, refreshed: ArticleIndex.Refresh, index: ArticleIndex,
        loader: CorpusLoader = CorpusLoader()
    ) throws {
        self.query = query
        self.loader = loader
        var refresh = refreshed
        let listing = CorpusListing(records: refresh.records, of: list.files, walkDiagnostics: list.diagnostics)
        diagnostics = listing.diagnostics
        counts = refresh.counts
        // Final ids (duplicates renamed), by position in `list.files`; nil for files without an article.
        var finalIDs = [String?](repeating: nil, count: list.files.count)
        var listed = listing.articles.makeIterator()
        for (position, record) in refresh.records.enumerated() where record.summary != nil {
            finalIDs[position] = listed.next()?.id
        }

        // Articles the full-text index does not hold yet: fold them now and store their text, a
        // slice at a time (memory), keeping only those that contain the phrase.
        let indexedRows = try index.rowsWithText()
        let unindexed = list.files.indices.filter { position in
            finalIDs[position] != nil && !(refresh.rowIDs[position].map(indexedRows.contains) ?? false)
        }
        var foldedByPosition: [Int: FoldedArticle?] = [:]
        for start in stride(from: 0, to: unindexed.count, by: IndexedSearch.foldingSlice) {
            let slice = Array(unindexed[start..<min(start + IndexedSearch.foldingSlice, unindexed.count)])
            let folded = CorpusLoader.map(slice.map { (list.files[$0], refresh.articles[$0], finalIDs[$0]!) }) { file, article, id in
                IndexedSearch.fold(article ?? loader.load(file: file).article, id: id)
            }
            try index.storeText(
                zip(slice, folded).compactMap { position, folded in
                    guard let folded, let row = refresh.rowIDs[position] else { return nil }
                    return (row, folded.indexedText)
                })
            for (position, article) in zip(slice, folded) {
                refresh.articles[position] = nil  // folded now: the parsed article need not stay
                foldedByPosition[position] = article.flatMap { $0.mayMatch(query) ? $0 : nil }
            }
        }

        let matchingRows = try index.candidateRows(for: query.foldedPhrase)
        candidates = list.files.indices.compactMap { position in
            guard let id = finalIDs[position] else { return nil }
            if let folded = foldedByPosition.removeValue(forKey: position) {
                // Just folded: a candidate exactly when it contains the phrase.
                return folded.map { Candidate(file: list.files[position], id: id, folded: $0) }
            }
            guard let row = refresh.rowIDs[position], matchingRows.contains(row) else { return nil }
            return Candidate(file: list.files[position], id: id, folded: nil)
        }
    }

    /// Articles folded (and their text stored) per slice when the full-text index is filled.
    static let foldingSlice = 1024

    /// How many articles may match (and would be searched by `everything()`).
    public var candidateCount: Int { candidates.count }

    /// Every candidate parsed and folded, with the loading diagnostics: search it as a whole corpus.
    public func everything() -> (Corpus, FoldedCorpus) {
        let folded = fold(candidates[...])
        return (Corpus(articles: folded.map(\.article), diagnostics: diagnostics), FoldedCorpus(folded: folded))
    }

    /// The first `count` matches (or all, when fewer), parsing candidates in load order only until
    /// they are found: what a first screen of results needs.
    public func firstMatches(_ count: Int, batch: Int = 64) -> (Corpus, [CorpusMatch]) {
        var folded: [FoldedArticle] = []
        var matches: [CorpusMatch] = []
        var start = candidates.startIndex
        while matches.count < count, start < candidates.endIndex {
            let end = min(start + batch, candidates.endIndex)
            let slice = fold(candidates[start..<end])
            let offset = folded.count
            folded += slice
            matches += CorpusSearcher.allMatches(of: query, in: FoldedCorpus(folded: slice)).map {
                CorpusMatch(article: $0.article + offset, match: $0.match)
            }
            start = end
        }
        return (Corpus(articles: folded.map(\.article), diagnostics: diagnostics), Array(matches.prefix(count)))
    }

    /// Parses (unless folded already) and folds candidates, on all cores. An article that vanished
    /// since the refresh (a file deleted meanwhile) is left out.
    private func fold(_ slice: ArraySlice<Candidate>) -> [FoldedArticle] {
        let loader = self.loader
        return CorpusLoader.map(Array(slice)) { candidate in
            candidate.folded ?? IndexedSearch.fold(loader.load(file: candidate.file).article, id: candidate.id)
        }.compactMap { $0 }
    }

    /// Candidates that had to be parsed by `everything()` (not folded on the way in).
    public var candidatesToParse: Int { candidates.filter { $0.folded == nil }.count }

    private static func fold(_ article: Article?, id: String) -> FoldedArticle? {
        guard var article else { return nil }
        article.id = id
        return FoldedArticle(article)
    }
}

extension ArticleIndex {
    /// Rows whose folded text is stored (and in the full-text index).
    func rowsWithText() throws -> Set<Int64> {
        try database.read { db in Set(try Int64.fetchAll(db, sql: "SELECT id FROM folded_text")) }
    }

    /// Rows whose folded text may contain `phrase`: every trigram of it is in the text (a
    /// superset of the texts that contain it; the search itself decides).
    func candidateRows(for phrase: String) throws -> Set<Int64> {
        try database.read { db in
            guard let trigrams = ArticleIndex.trigramQuery(phrase) else {
                // Trigrams cannot find one or two characters: scan the stored text.
                return Set(try Int64.fetchAll(db, sql: "SELECT id FROM folded_text WHERE instr(text, ?) > 0", arguments: [phrase]))
            }
            return Set(
                try Int64.fetchAll(
                    db, sql: "SELECT rowid FROM folded_text_index WHERE folded_text_index MATCH ?",
                    arguments: [trigrams]))
        }
    }

    /// At most this many trigrams of a long phrase are looked up (each one only narrows further).
    static let maximumTrigrams = 24

    /// `"abc" AND "bcd" AND …` for the distinct trigrams (of Unicode scalars, as the tokenizer
    /// cuts them) of `phrase`; `nil` when it is shorter than three scalars.
    static func trigramQuery(_ phrase: String) -> String? {
        let scalars = Array(phrase.unicodeScalars)
        guard scalars.count >= 3 else { return nil }
        var seen: Set<String> = []
        var terms: [String] = []
        for start in 0...(scalars.count - 3) where terms.count < maximumTrigrams {
            var trigram = String.UnicodeScalarView()
            trigram.append(contentsOf: scalars[start..<start + 3])
            let text = String(trigram)
            if seen.insert(text).inserted {
                terms.append("\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"")
            }
        }
        return terms.joined(separator: " AND ")
    }

    /// Stores folded text for the full-text index (skipped, with a notice, when the cache cannot be written).
    func storeText(_ texts: [(Int64, String)]) throws {
        guard !texts.isEmpty else { return }
        _ = try writeIfPossible { db in
            // Delete then insert (not REPLACE, which would skip the trigger that updates the full-text index).
            let delete = try db.makeStatement(sql: "DELETE FROM folded_text WHERE id = ?")
            let insert = try db.makeStatement(sql: "INSERT INTO folded_text(id, text) VALUES (?, ?)")
            for (row, text) in texts {
                try delete.execute(arguments: [row])
                try insert.execute(arguments: [row, text])
            }
        }
    }
}
