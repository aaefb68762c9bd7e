import Foundation
import GRDB
import HearsayModel

/// One `file` row as read back.
struct StoredFile: Sendable {
    var rowID: Int64
    var articleID: String
    var displayPath: String
    var stamp: FileStamp
    var hash: Int64
    /// Written within the racy window of being indexed: hash before trusting the stamp.
    var mustVerify: Bool
    /// Whether the file gives an article (its record has a head).
    var hasArticle: Bool
    /// What loading the file reported, encoded as a record without a head; `nil` when nothing.
    var diagnostics: [UInt8]?
    /// Empty when read without it (`Columns.withoutRecord`).
    var record: [UInt8]

    /// What is read of a row: all of it, or all but the record (what freshness, ids and
    /// diagnostics need: a search decodes no record of a file that did not change).
    enum Columns {
        case all, withoutRecord

        var sql: String {
            let outline =
                "id, path, article_id, display_path, size, mtime_ns, ctime_ns, inode, device, hash, verify_hash, has_article, diagnostics"
            return self == .all ? outline + ", record" : outline
        }
    }

    /// Every row, by absolute path.
    static func all(_ db: Database, _ columns: Columns = .all, reservingCapacity capacity: Int = 0) throws -> [String: StoredFile] {
        var rows: [String: StoredFile] = [:]
        // Growing a dictionary of 100,000 paths hashes each of them again at every doubling.
        rows.reserveCapacity(capacity)
        let cursor = try Row.fetchCursor(db, sql: "SELECT \(columns.sql) FROM file")
        while let row = try cursor.next() {
            rows[row[1]] = StoredFile(row: row)
        }
        return rows
    }

    /// Past this many files, reading the whole table in one pass is quicker than looking them up
    /// (a `list` of a whole corpus; the reader refreshes batch by batch).
    static let wholeTableCount = 8192

    /// The rows of these absolute paths (those that have one), a statement per `lookupChunk` paths.
    static func rows(for paths: [String], in db: Database, _ columns: Columns = .all) throws -> [String: StoredFile] {
        var rows: [String: StoredFile] = [:]
        rows.reserveCapacity(paths.count)
        var start = 0
        while start < paths.count {
            let chunk = Array(paths[start..<min(start + lookupChunk, paths.count)])
            let placeholders = Array(repeating: "?", count: chunk.count).joined(separator: ",")
            let statement = try db.cachedStatement(sql: "SELECT \(columns.sql) FROM file WHERE path IN (\(placeholders))")
            let cursor = try Row.fetchCursor(statement, arguments: StatementArguments(chunk))
            while let row = try cursor.next() { rows[row[1]] = StoredFile(row: row) }
            start += lookupChunk
        }
        return rows
    }

    /// The rows of `paths`: every row, read in one pass, when they are many, else just theirs.
    static func rows(matching paths: [String], in db: Database, _ columns: Columns = .all) throws -> [String: StoredFile] {
        paths.count > wholeTableCount ? try all(db, columns, reservingCapacity: paths.count) : try rows(for: paths, in: db, columns)
    }

    /// Paths per lookup statement (under SQLite's limit of bound parameters).
    static let lookupChunk = 512

    /// Whether this row was made for `file` under its id (which goes into the parse: a title can
    /// come from the file name). The display path may differ (the folder spelled another way:
    /// `news` here, `/home/me/news` there); `record(for:)` names it as given now.
    func describes(_ file: ArticleFile) -> Bool {
        articleID == file.id
    }

    /// The stored record as a parse of `file` would make it now: the display path it was parsed
    /// under replaced by `file`'s. The path only labels the record (the article's path, the file
    /// named in diagnostics), so a folder given another way is not read again. `nil` when the
    /// record does not decode.
    func record(for file: ArticleFile) -> IndexedArticle? {
        guard var record = RecordCoding.decode(self.record) else { return nil }
        guard file.displayPath != displayPath else { return record }
        if record.head?.path == displayPath { record.head?.path = file.displayPath }
        record.diagnostics = relabel(record.diagnostics, for: file)
        return record
    }

    /// The stored diagnostics as loading `file` would report them now (named by its display path,
    /// as `record(for:)` names them), without decoding the record; `nil` when they do not decode.
    func diagnostics(for file: ArticleFile) -> [Diagnostic]? {
        guard let diagnostics else { return [] }
        return RecordCoding.decode(diagnostics).map { relabel($0.diagnostics, for: file) }
    }

    /// `diagnostics` (the `diagnostics` column) for a file that reported these; `nil` for none.
    static func encode(diagnostics: [Diagnostic]) -> Data? {
        diagnostics.isEmpty ? nil : Data(RecordCoding.encode(IndexedArticle(head: nil, blockCount: 0, diagnostics: diagnostics)))
    }

    /// Diagnostics naming the display path the row was parsed under renamed to `file`'s.
    private func relabel(_ diagnostics: [Diagnostic], for file: ArticleFile) -> [Diagnostic] {
        guard file.displayPath != displayPath else { return diagnostics }
        return diagnostics.map { diagnostic in
            var relabelled = diagnostic
            if relabelled.file == displayPath { relabelled.file = file.displayPath }
            return relabelled
        }
    }
}

extension StoredFile {
    /// A row selected with `Columns.sql` (the record, when selected, last).
    init(row: Row) {
        // The record is copied once, from SQLite's buffer (not to `Data` and then again).
        let record = row.count > 13 ? (try? row.withUnsafeData(atIndex: 13) { $0.map { [UInt8]($0) } }) ?? nil : nil
        let diagnostics = (try? row.withUnsafeData(atIndex: 12) { $0.map { [UInt8]($0) } }) ?? nil
        self.init(
            rowID: row[0], articleID: row[2], displayPath: row[3],
            stamp: FileStamp(size: row[4], modified: row[5], changed: row[6], inode: row[7], device: row[8]),
            hash: row[9], mustVerify: row[10], hasArticle: row[11], diagnostics: diagnostics, record: record ?? [])
    }
}

/// How a file stands against its row, from `stat` alone.
enum FileStanding: Sendable {
    /// Same stamp, not written near indexing time: the record holds.
    case unchanged(StoredFile)
    /// Same size but something else moved (times, inode), or written near indexing time: the
    /// content hash decides.
    case suspect(StoredFile)
    /// No row, another size, or another article id: read it.
    case new

    init(stored: StoredFile?, file: ArticleFile, stamp: FileStamp?) {
        guard let stored, stored.describes(file), let stamp, stamp.size == stored.stamp.size else {
            self = .new
            return
        }
        self = stamp == stored.stamp && !stored.mustVerify ? .unchanged(stored) : .suspect(stored)
    }
}

/// A path as the index keys it: absolute, so the same file is the same row from any folder.
func absolutePath(_ path: String) -> String {
    if path.hasPrefix("/") { return path }
    let here = FileManager.default.currentDirectoryPath
    return here.hasSuffix("/") ? here + path : here + "/" + path
}
