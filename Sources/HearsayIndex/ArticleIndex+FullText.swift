import Foundation
import GRDB

extension ArticleIndex {
    /// Rows whose folded text is stored (and in the full-text index), from the index of their ids:
    /// a scan of the table would read every text.
    func rowsWithText() throws -> Set<Int64> {
        try database.read { db in Set(try Int64.fetchAll(db, sql: "SELECT id FROM folded_text INDEXED BY folded_text_ids")) }
    }

    /// Rows whose folded text may contain `phrase`: every trigram of it is in the text (a
    /// superset of the texts that contain it; the search itself decides).
    func candidateRows(for phrase: String) throws -> [Int64] {
        try database.read { db in
            guard let trigrams = ArticleIndex.trigramQuery(phrase) else {
                // Trigrams cannot find one or two characters: scan the stored text.
                return try Int64.fetchAll(db, sql: "SELECT id FROM folded_text WHERE instr(text, ?) > 0", arguments: [phrase])
            }
            return try Int64.fetchAll(
                db, sql: "SELECT rowid FROM folded_text_index WHERE folded_text_index MATCH ?", arguments: [trigrams])
        }
    }

    /// A page of `candidateRows(for:)`: rows from `first` on, ascending, at most `limit` of them.
    func candidateRows(for phrase: String, from first: Int64, limit: Int) throws -> [Int64] {
        try database.read { db in
            guard let trigrams = ArticleIndex.trigramQuery(phrase) else {
                return try Int64.fetchAll(
                    db, sql: "SELECT id FROM folded_text WHERE id >= ? AND instr(text, ?) > 0 ORDER BY id LIMIT ?",
                    arguments: [first, phrase, limit])
            }
            // FTS5 hands out rows in ascending order and stops at the limit.
            return try Int64.fetchAll(
                db,
                sql: "SELECT rowid FROM folded_text_index WHERE folded_text_index MATCH ? AND rowid >= ? ORDER BY rowid LIMIT ?",
                arguments: [trigrams, first, limit])
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

    /// Stores folded text for the full-text index; `false` (with a notice) when the cache cannot be written.
    func storeText(_ texts: [(Int64, String)]) throws -> Bool {
        guard !texts.isEmpty else { return true }
        return try writeIfPossible { db in
            // Delete then insert (not REPLACE, which would skip the trigger that updates the full-text index).
            let delete = try db.makeStatement(sql: "DELETE FROM folded_text WHERE id = ?")
            let insert = try db.makeStatement(sql: "INSERT INTO folded_text(id, text) VALUES (?, ?)")
            for (row, text) in texts {
                try delete.execute(arguments: [row])
                try insert.execute(arguments: [row, text])
            }
            return true
        } ?? false
    }
}
