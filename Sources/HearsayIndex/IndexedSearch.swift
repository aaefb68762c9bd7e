import Foundation
import GRDB
import HearsayModel
import HearsaySearch

/// A coverage search that parses only the articles the index says may match: the trigram index
/// for phrases of three characters or more, a scan of the stored folded text for shorter ones.
/// Articles not yet in the full-text index are parsed, folded, stored and searched directly.
/// The matches are the ones a search of the whole corpus finds, in the same order.
public struct IndexedSearch {
    /// The articles that may match, in load order with their final ids, folded and ready for
    /// `CorpusSearcher`; `corpus` holds every loading diagnostic.
    public let corpus: Corpus
    public let folded: FoldedCorpus
    public let counts: ArticleIndex.Counts
    /// Articles parsed to be searched (candidates, and articles new to the full-text index).
    public let articlesParsed: Int

    public init(query: SearchQuery, files list: ArticleFileList, index: ArticleIndex,
                loader: CorpusLoader = CorpusLoader()) throws {
        let refresh = try index.refresh(list.files, pruningUnder: list.folders, loader: loader, keepingArticles: true)
        let listing = CorpusListing(records: refresh.records, of: list.files, walkDiagnostics: list.diagnostics)
        // Final ids (duplicates renamed), by position in `list.files`; nil for files without an article.
        var finalIDs = [String?](repeating: nil, count: list.files.count)
        var next = listing.articles.makeIterator()
        for (position, record) in refresh.records.enumerated() where record.summary != nil {
            finalIDs[position] = next.next()?.id
        }

        let indexedRows = try index.rowsWithText()
        var wanted: [Int] = []
        var needText: [Int] = []
        let candidates = try index.candidateRows(for: query.foldedPhrase)
        for position in list.files.indices where finalIDs[position] != nil {
            if let row = refresh.rowIDs[position], indexedRows.contains(row) {
                if candidates.contains(row) { wanted.append(position) }
            } else {
                needText.append(position)
                wanted.append(position)
            }
        }
        wanted.sort()

        let folded = CorpusLoader.map(wanted.map { (list.files[$0], refresh.articles[$0], finalIDs[$0]!) }) { file, kept, id in
            var article = kept ?? loader.load(file: file).article
            article?.id = id
            return article.map(FoldedArticle.init)
        }
        let needsText = Set(needText)
        let texts = zip(wanted, folded).compactMap { position, article -> (Int64, String)? in
            guard needsText.contains(position), let article, let row = refresh.rowIDs[position] else { return nil }
            return (row, article.indexedText)
        }
        try index.storeText(texts)
        // An article that vanished since the refresh (parsed as nothing now) is left out.
        let found = folded.compactMap { $0 }
        self.folded = FoldedCorpus(folded: found)
        self.corpus = Corpus(articles: found.map(\.article), diagnostics: listing.diagnostics)
        self.counts = refresh.counts
        self.articlesParsed = wanted.filter { refresh.articles[$0] == nil }.count
    }
}

extension ArticleIndex {
    /// Rows whose folded text is stored (and in the full-text index).
    func rowsWithText() throws -> Set<Int64> {
        try database.read { db in Set(try Int64.fetchAll(db, sql: "SELECT id FROM folded_text")) }
    }

    /// Rows whose folded text contains `phrase` (a superset: the search itself decides).
    func candidateRows(for phrase: String) throws -> Set<Int64> {
        try database.read { db in
            if phrase.unicodeScalars.count >= 3 {
                let quoted = "\"" + phrase.replacingOccurrences(of: "\"", with: "\"\"") + "\""
                return Set(try Int64.fetchAll(db, sql: "SELECT rowid FROM folded_text_index WHERE folded_text_index MATCH ?",
                                              arguments: [quoted]))
            }
            // Trigrams cannot find one or two characters: scan the stored text.
            return Set(try Int64.fetchAll(db, sql: "SELECT id FROM folded_text WHERE instr(text, ?) > 0", arguments: [phrase]))
        }
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
