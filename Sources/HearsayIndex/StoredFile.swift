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
    var record: [UInt8]

    static let columns = "id, path, article_id, display_path, size, mtime_ns, ctime_ns, inode, device, hash, verify_hash, record"

    /// Every row, by absolute path.
    static func all(_ db: Database) throws -> [String: StoredFile] {
        var rows: [String: StoredFile] = [:]
        let cursor = try Row.fetchCursor(db, sql: "SELECT \(columns) FROM file")
        while let row = try cursor.next() {
            rows[row[1]] = StoredFile(row: row)
        }
        return rows
    }

    /// Past this many files, reading the whole table in one pass is quicker than looking them up
    /// (a `list` of a whole corpus; the reader refreshes batch by batch).
    static let wholeTableCount = 8192

    /// The rows of these absolute paths (those that have one), a statement per `lookupChunk` paths.
    static func rows(for paths: [String], in db: Database) throws -> [String: StoredFile] {
        var rows: [String: StoredFile] = [:]
        rows.reserveCapacity(paths.count)
        var start = 0
        while start < paths.count {
            let chunk = Array(paths[start..<min(start + lookupChunk, paths.count)])
            let placeholders = Array(repeating: "?", count: chunk.count).joined(separator: ",")
            let statement = try db.cachedStatement(sql: "SELECT \(columns) FROM file WHERE path IN (\(placeholders))")
            let cursor = try Row.fetchCursor(statement, arguments: StatementArguments(chunk))
            while let row = try cursor.next() { rows[row[1]] = StoredFile(row: row) }
            start += lookupChunk
        }
        return rows
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
        for position in record.diagnostics.indices where record.diagnostics[position].file == displayPath {
            record.diagnostics[position].file = file.displayPath
        }
        return record
    }
}

extension StoredFile {
    /// A row selected with `columns`.
    init(row: Row) {
        // The record is copied once, from SQLite's buffer (not to `Data` and then again).
        let record = (try? row.withUnsafeData(atIndex: 11) { $0.map { [UInt8]($0) } }) ?? nil
        self.init(
            rowID: row[0], articleID: row[2], displayPath: row[3],
            stamp: FileStamp(size: row[4], modified: row[5], changed: row[6], inode: row[7], device: row[8]),
            hash: row[9], mustVerify: row[10], record: record ?? [])
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
