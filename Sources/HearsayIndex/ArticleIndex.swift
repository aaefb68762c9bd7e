import Foundation
import GRDB
import HearsayModel

/// The persistent index: one SQLite file in the cache folder that remembers, per article file,
/// what listing it needs (`IndexedArticle`) and, once a search asked, its folded text in a
/// trigram full-text index. A record is served only while the file's stamp (size, times, inode)
/// is unchanged and the file was not written within `racyWindow` of being indexed; otherwise the
/// file's bytes are hashed, and read again when the hash differs. Everything in it can be rebuilt
/// from the files: deleting it loses nothing.
public final class ArticleIndex {
    /// The index file.
    public let path: String
    let database: DatabaseQueue
    /// Nanoseconds: a file modified or changed this close to being indexed is hashed next time,
    /// since a second write in the same clock tick would leave its stamp as it was.
    let racyWindow: Int64
    let clock: @Sendable () -> Int64
    /// Cleared when a write fails (read-only folder or file, disk full, held by another process):
    /// the index is still read, and what changed is read from the files every time.
    public private(set) var isWritable = true
    /// What the user should hear about the cache (rebuilt, read-only…), in order.
    public private(set) var notices: [String] = []

    init(path: String, database: DatabaseQueue, racyWindow: Int64, clock: @escaping @Sendable () -> Int64) {
        self.path = path
        self.database = database
        self.racyWindow = racyWindow
        self.clock = clock
    }

    /// What to say when reading or updating the index failed midway (the caller then reads the
    /// files). A damaged file is removed, so the next start rebuilds it rather than trusting it.
    public func abandon(after error: Error) -> String {
        guard let error = error as? DatabaseError else { return "cache \(path) cannot be used (\(error)); reading the files without it" }
        if IndexFailure.isDamaged(error) {
            try? database.close()
            ArticleIndex.removeFiles(of: path)
            return "cache \(path) is damaged (\(IndexFailure.reason(error))); reading the files, rebuilt next time"
        }
        return "cache \(path) cannot be used (\(IndexFailure.reason(error))); reading the files without it"
    }

    func notice(_ text: String) {
        notices.append(text)
    }

    /// Runs `body` in a write transaction; when the cache cannot be written, says so once and
    /// returns `nil` (the caller already has what it needs from the files).
    func writeIfPossible<T>(_ body: (Database) throws -> T) throws -> T? {
        guard isWritable else { return nil }
        do {
            return try database.write(body)
        } catch let error as DatabaseError where IndexFailure.isUnwritable(error) {
            isWritable = false
            notice(IndexFailure.unwritableNotice(path: path, error: error))
            return nil
        }
    }
}

/// How a failed SQLite call on the cache is told to the user and handled.
enum IndexFailure {
    static let unwritableCodes: [ResultCode] = [
        .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_IOERR,
        .SQLITE_FULL, .SQLITE_BUSY, .SQLITE_LOCKED,
    ]

    static func isUnwritable(_ error: DatabaseError) -> Bool {
        unwritableCodes.contains(error.resultCode)
    }

    static func isDamaged(_ error: DatabaseError) -> Bool {
        [.SQLITE_CORRUPT, .SQLITE_NOTADB].contains(error.resultCode)
    }

    static func isBusy(_ error: DatabaseError) -> Bool {
        [.SQLITE_BUSY, .SQLITE_LOCKED].contains(error.resultCode)
    }

    static func unwritableNotice(path: String, error: DatabaseError) -> String {
        if isBusy(error) {
            return "cache \(path) is busy (another hearsay is updating it); changes not cached this time"
        }
        return "cache \(path) cannot be written (\(reason(error))); changes are read from the files"
    }

    static func reason(_ error: DatabaseError) -> String {
        error.message ?? "\(error.resultCode)"
    }
}
