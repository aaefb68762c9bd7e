import Foundation
import GRDB
import GRDBSQLite
import HearsayModel

/// Highlights and reading state in SQLite (`hearsay.sqlite`, WAL mode), with a synchronous API for
/// the app runtime, which runs saves as effects and turns their outcome into events.
///
/// Guarantees:
/// - A write returns only after its transaction is committed, so a confirmed highlight survives
///   `kill -9`. If it cannot commit (read-only folder, disk full, locked by another process past the
///   busy timeout) it throws a `StoreError` and the change stays in `pending`; every later write,
///   and `retryPending()`, tries the pending changes again, in one transaction with the new one.
/// - Reads show pending changes on top of what is stored.
/// - Several processes can share the database: WAL lets readers and a writer work together, and the
///   busy timeout makes a second writer wait instead of failing at once (`isWaitingForLock` says
///   so meanwhile, for a status bar, while the write runs on another thread: `BackgroundWriter`).
/// - No two highlights of an article overlap in the database, even when two processes mark the
///   same text: a saved highlight absorbs the stored ones it overlaps (`HighlightMerging`).
/// - Reads never wait for a write in progress (which may be waiting for another process's lock).
///
/// A class because it owns the database connection; `@unchecked Sendable` because all mutable
/// state (the connection and `pending`) is guarded by `lock`, and writes are one at a time
/// (`writeLock`), so they commit in the order they were made.
public final class HighlightStore: @unchecked Sendable {
    public let location: StateLocation
    private let busyTimeout: TimeInterval
    private let lock = NSLock()
    /// Held for the whole of a write transaction, not by reads.
    private let writeLock = NSLock()
    private let lockWait = LockWait()
    /// Opened on first use, and again after a failure (so a folder made writable later works).
    private var database: (any DatabaseWriter)?
    private var pending = PendingWrites()
    /// Set while the database is open read-only: what the status bar says about it.
    private var readOnlyNotice: String?
    private let prepareConnection: (@Sendable (Database) throws -> Void)?

    /// Does not touch the disk yet: the database is opened (and created, and migrated) on first use,
    /// so a read-only folder does not stop the reader from starting.
    public init(location: StateLocation, busyTimeout: TimeInterval = 5) {
        self.location = location
        self.busyTimeout = busyTimeout
        self.prepareConnection = nil
    }

    /// For tests: runs `prepareConnection` on every new connection (to cap the file size and so
    /// simulate a full disk, say).
    init(
        location: StateLocation, busyTimeout: TimeInterval = 5,
        prepareConnection: @escaping @Sendable (Database) throws -> Void
    ) {
        self.location = location
        self.busyTimeout = busyTimeout
        self.prepareConnection = prepareConnection
    }

    /// Opens the database now, to report a problem early (at start-up) rather than on first save.
    public func open() throws {
        try locked { _ = try connection(isWrite: false) }
    }

    /// `nil` when the database is writable (or not open yet); else, for the status bar, that it is
    /// read-only, that its highlights are shown and that changes stay in memory (and, for a schema
    /// too old to upgrade there, that too).
    public var readOnlyStatus: String? { lock.withLock { readOnlyNotice } }

    /// Changes waiting to be saved (after failures, or queued by `enqueue`).
    public var pendingWrites: PendingWrites { lock.withLock { pending } }

    /// Whether the last write found the database locked by another process and has not committed
    /// since: it is waiting for the lock now, or gave up waiting and its changes are pending.
    public var isWaitingForLock: Bool { lockWait.isWaiting }

    // MARK: Writes: each returns after commit, or throws with the change kept pending.

    /// Inserts or replaces a highlight (same id: recolour, new note, undo of a delete).
    public func save(_ highlight: Highlight) throws { try perform(.saveHighlight(highlight)) }

    /// Deletes a highlight; saving the same `Highlight` again undoes it.
    public func deleteHighlight(id: UUID) throws { try perform(.deleteHighlight(id: id)) }

    public func setReadingPosition(_ position: ReadingPosition) throws { try perform(.setReadingPosition(position)) }

    /// Marks an article read or unread.
    public func setRead(_ read: Bool, articleID: String) throws { try perform(.setRead(read, articleID: articleID)) }

    /// Remembers the article open when the reader quits (`nil`: none).
    public func setLastOpenArticle(_ articleID: String?) throws { try perform(.setLastOpenArticle(articleID)) }

    /// Remembers which speakers the dialogue view shows for an article, by speaker id (`nil`:
    /// everyone, which forgets the saved filter).
    public func setSpeakerFilter(_ speakerIDs: Set<String>?, articleID: String) throws {
        try perform(.setSpeakerFilter(speakerIDs, articleID: articleID))
    }

    /// Adds a change to the pending ones without writing it (reads show it at once): a
    /// `BackgroundWriter` commits it with `retryPending` on its own thread.
    public func enqueue(_ write: PendingWrites.Write) {
        lock.withLock { pending.enqueue(write) }
    }

    /// Tries to commit the pending changes again, waiting for another process's lock at most
    /// `waitingAtMost` seconds (default: the busy timeout). Does nothing when there are none.
    public func retryPending(waitingAtMost limit: TimeInterval? = nil) throws {
        try flush(waitingAtMost: limit ?? busyTimeout)
    }

    // MARK: Reads: stored state with pending changes applied.

    public func highlight(id: UUID) throws -> Highlight? {
        try allHighlights().first { $0.id == id }
    }

    /// An article's highlights, by start position, then creation time.
    public func highlights(articleID: String) throws -> [Highlight] {
        try read { db, pending in
            let rows = try Row.fetchAll(db, sql: "SELECT * FROM highlight WHERE articleID = ?", arguments: [articleID])
            let stored = try rows.map(StoreRows.highlight(from:))
            return HighlightStore.ordered(pending.applied(to: stored).filter { $0.articleID == articleID })
        }
    }

    /// Every highlight, by article id, then start position, then creation time.
    public func allHighlights() throws -> [Highlight] {
        try read { db, pending in
            let stored = try Row.fetchAll(db, sql: "SELECT * FROM highlight").map(StoreRows.highlight(from:))
            return HighlightStore.ordered(pending.applied(to: stored))
        }
    }

    public func readingPosition(articleID: String) throws -> ReadingPosition? {
        try read { db, pending in
            if let position = pending.readingPosition(articleID: articleID) { return position }
            return try Row.fetchOne(
                db, sql: "SELECT * FROM readingPosition WHERE articleID = ?",
                arguments: [articleID]
            ).map(StoreRows.readingPosition(from:))
        }
    }

    /// The ids of the articles marked read.
    public func readArticleIDs() throws -> Set<String> {
        try read { db, pending in
            pending.applied(toRead: Set(try String.fetchAll(db, sql: "SELECT articleID FROM readMark")))
        }
    }

    /// The article that was open when the reader last quit.
    public func lastOpenArticle() throws -> String? {
        try read { db, pending in
            if let pendingValue = pending.lastOpenArticle() { return pendingValue }
            return try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = 'lastOpenArticle'")
        }
    }

    /// The saved speaker filters: the shown speakers' ids by article id.
    public func speakerFilters() throws -> [String: Set<String>] {
        try read { db, pending in
            var stored: [String: Set<String>] = [:]
            // Absent from an older schema that could not be upgraded (a read-only database).
            let rows = try db.tableExists("speakerFilter") ? Row.fetchAll(db, sql: "SELECT articleID, speakerID FROM speakerFilter") : []
            for row in rows {
                stored[row["articleID"], default: []].insert(row["speakerID"])
            }
            return pending.applied(toSpeakerFilters: stored)
        }
    }

    /// Every highlight (or `articleID`'s), with its details (title, link, speaker, position) taken
    /// afresh from its article when that is among `articles`. Highlights whose details changed are
    /// written back at once, best effort: a failure here leaves nothing pending (they are filled in
    /// again next time), so a read-only database is read as before.
    public func highlights(refreshedFrom articles: [Article], articleID: String? = nil) throws -> [Highlight] {
        let stored = try articleID.map { try highlights(articleID: $0) } ?? allHighlights()
        let byID = Dictionary(articles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var texts: [String: ArticleText] = [:]
        var changed: [Highlight] = []
        let refreshed = stored.map { highlight -> Highlight in
            guard let article = byID[highlight.articleID] else { return highlight }
            let text = texts[article.id] ?? ArticleText(article: article)
            texts[article.id] = text
            let fresh = highlight.withDetails(from: article, range: text.resolve(highlight.anchor).range, text: text)
            if fresh.details != highlight.details { changed.append(fresh) }
            return fresh
        }
        updateDetailsIfFree(changed)
        return refreshed
    }

    /// Writes the details of `highlights` (refreshed from their articles), best effort and without
    /// waiting for another process's lock: details not written are refreshed again next time.
    public func updateDetailsIfFree(_ highlights: [Highlight]) {
        guard !highlights.isEmpty else { return }
        writeLock.withLock {
            lockWait.begin(limit: 0)
            defer { lockWait.end(locked: nil) }
            _ = try? locked { try connection(isWrite: true) }.write { db in
                for highlight in highlights { try StoreRows.updateDetails(of: highlight, in: db) }
            }
        }
    }

    // MARK: Internals

    private func perform(_ write: PendingWrites.Write) throws {
        enqueue(write)
        try flush(waitingAtMost: busyTimeout)
    }

    /// Commits every pending change in one transaction; on failure they all stay pending. Changes
    /// enqueued meanwhile stay pending for the next time.
    private func flush(waitingAtMost limit: TimeInterval) throws {
        writeLock.lock()
        defer { writeLock.unlock() }
        let writes = lock.withLock { pending.writes }
        guard !writes.isEmpty else { return }
        lockWait.begin(limit: limit)
        var gaveUpWaiting = false
        defer { lockWait.end(locked: gaveUpWaiting) }
        do {
            let writer = try locked { try connection(isWrite: true) }
            // IMMEDIATE: the write lock is taken (or waited for) first. A deferred transaction
            // would read first (merging looks for overlapping highlights) and then fail at once,
            // without waiting, if another process wrote in between (SQLITE_BUSY_SNAPSHOT).
            try writer.writeWithoutTransaction { db in
                try db.inTransaction(.immediate) {
                    for write in writes { try HighlightStore.apply(write, in: db) }
                    return .commit
                }
            }
            lock.withLock { pending.removeCommitted(writes) }
        } catch {
            lock.lock()
            defer { lock.unlock() }
            gaveUpWaiting = (error as? DatabaseError).map { [.SQLITE_BUSY, .SQLITE_LOCKED].contains($0.resultCode) } ?? false
            // Reopen next time when the connection itself may be the problem: stale (folder replaced,
            // file deleted) or opened read-only before permissions were fixed. A busy or full
            // database keeps its connection. Never drop an in-memory database: it is the only copy.
            let reopenCodes: [ResultCode] = [.SQLITE_CANTOPEN, .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_IOERR]
            let reopen = (error as? DatabaseError).map { reopenCodes.contains($0.resultCode) } ?? true
            if location != .memory, reopen {
                database = nil
            }
            throw StoreError.classify(
                error, location: location.displayName, isWrite: true,
                pendingCount: pending.count)
        }
    }

    private static func apply(_ write: PendingWrites.Write, in db: Database) throws {
        switch write {
        case .saveHighlight(let highlight):
            try HighlightMerging.save(highlight, in: db)
        case .deleteHighlight(let id):
            try HighlightMerging.delete(id: id, in: db)
        case .setReadingPosition(let position):
            try StoreRows.insertOrReplace(position, in: db)
        case .setRead(true, let articleID):
            try db.execute(sql: "INSERT OR IGNORE INTO readMark (articleID) VALUES (?)", arguments: [articleID])
        case .setRead(false, let articleID):
            try db.execute(sql: "DELETE FROM readMark WHERE articleID = ?", arguments: [articleID])
        case .setLastOpenArticle(let articleID):
            try db.execute(
                sql: "INSERT OR REPLACE INTO setting (key, value) VALUES ('lastOpenArticle', ?)",
                arguments: [articleID])
        case .setSpeakerFilter(let speakerIDs, let articleID):
            try db.execute(sql: "DELETE FROM speakerFilter WHERE articleID = ?", arguments: [articleID])
            for speakerID in (speakerIDs ?? []).sorted() {
                try db.execute(
                    sql: "INSERT INTO speakerFilter (articleID, speakerID) VALUES (?, ?)",
                    arguments: [articleID, speakerID])
            }
        }
    }

    private func read<T>(_ body: (Database, PendingWrites) throws -> T) throws -> T {
        try locked {
            do {
                let snapshot = pending
                return try connection(isWrite: false).read { db in try body(db, snapshot) }
            } catch {
                throw StoreError.classify(
                    error, location: location.displayName, isWrite: false,
                    pendingCount: pending.count)
            }
        }
    }

    /// The open connection, opening (creating the folder, the file and the schema) when needed.
    /// Call with `lock` held.
    private func connection(isWrite: Bool) throws -> any DatabaseWriter {
        if let database { return database }
        var configuration = Configuration()
        // Only the writing connection waits here (a pool's readers have their own timeout): for
        // as long as the write in progress allows, saying meanwhile that it waits.
        let lockWait = self.lockWait
        configuration.busyMode = .callback { tries in lockWait.keepWaiting(tries: tries) }
        let prepareConnection = self.prepareConnection
        configuration.prepareDatabase { db in
            // FULL: a commit is on disk (WAL fsynced) before `write` returns, not only in the OS cache.
            try db.execute(sql: "PRAGMA synchronous = FULL")
            try prepareConnection?(db)
        }
        let opened: any DatabaseWriter
        do {
            opened = try openWithRetries(configuration)
            // SQLite opens a file it may not write read-only without saying so (in a read-only
            // folder whose `-wal` and `-shm` another process keeps, say): say so at start.
            let readOnly = opened.writeWithoutTransaction { db in sqlite3_db_readonly(db.sqliteConnection, "main") == 1 }
            readOnlyNotice = readOnly ? Self.readOnlyNotice(location.displayName) : nil
        } catch {
            // A database that exists but cannot be written (read-only folder or file): still show
            // what it holds. Writes then fail and stay pending, as for any failed save.
            guard let file = location.databaseURL, Self.isPermissionProblem(error),
                FileManager.default.fileExists(atPath: file.path),
                let (readOnly, notice) = try? openReadOnly(file)
            else {
                throw StoreError.classify(
                    error, location: location.displayName, isWrite: isWrite,
                    pendingCount: pending.count)
            }
            opened = readOnly
            readOnlyNotice = notice
        }
        database = opened
        return opened
    }

    private static func isPermissionProblem(_ error: Error) -> Bool {
        guard let error = error as? DatabaseError else { return false }
        return [.SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM].contains(error.resultCode)
    }

    /// Opens an existing database read-only, without migrating it. In WAL mode a reader needs the
    /// `-shm` file, which a read-only folder cannot get when the last writer removed it on closing;
    /// the database is then opened as immutable, which is only right when no `-wal` file holds
    /// changes the main file lacks (a writer that closed cleanly checkpointed them all). Returns the
    /// connection and what to tell the user.
    private func openReadOnly(_ file: URL) throws -> (DatabaseQueue, String) {
        // No `PRAGMA synchronous` (nothing to write), which would touch the file before a read does.
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        configuration.readonly = true
        let queue: DatabaseQueue
        let version: StoreSchema.Version
        do {
            // GRDB reads the schema on opening, so a missing `-shm` fails here already.
            let plain = try DatabaseQueue(path: file.path, configuration: configuration)
            (queue, version) = (plain, try plain.read(StoreSchema.version))
        } catch {
            let walSize = (try? FileManager.default.attributesOfItem(atPath: file.path + "-wal"))?[.size] as? NSNumber
            guard (walSize?.intValue ?? 0) == 0 else { throw error }
            let immutable = try DatabaseQueue(path: Self.immutableURI(file), configuration: configuration)
            (queue, version) = (immutable, try immutable.read(StoreSchema.version))
        }
        var notice = Self.readOnlyNotice(file.path)
        if case .older(let missing) = version {
            notice += "; its schema is older and cannot be upgraded here (missing: \(missing.joined(separator: ", ")))"
        }
        return (queue, notice)
    }

    private static func readOnlyNotice(_ path: String) -> String {
        "read-only (\(path)): highlights shown, changes kept in memory only"
    }

    /// An SQLite URI opening `file` as immutable (read-only media: no locks, no `-shm`).
    private static func immutableURI(_ file: URL) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#%")
        return "file:" + (file.path.addingPercentEncoding(withAllowedCharacters: allowed) ?? file.path) + "?immutable=1"
    }

    /// Opens and migrates. While a new database file is being created and switched to WAL by
    /// another process, SQLite can answer "locked" at once, without waiting for the busy timeout
    /// (it will not wait where waiting could deadlock); so try again until the timeout has passed.
    private func openWithRetries(_ configuration: Configuration) throws -> any DatabaseWriter {
        let deadline = Date().addingTimeInterval(lockWait.limit ?? busyTimeout)
        while true {
            do {
                let opened: any DatabaseWriter
                switch location {
                case .memory:
                    opened = try DatabaseQueue(configuration: configuration)
                case .directory(let folder):
                    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                    // DatabasePool puts the database in WAL mode.
                    opened = try DatabasePool(
                        path: folder.appendingPathComponent(StateLocation.databaseFileName).path,
                        configuration: configuration)
                }
                try StoreSchema.migrate(opened)
                return opened
            } catch let error as DatabaseError
                where [.SQLITE_BUSY, .SQLITE_LOCKED].contains(error.resultCode) && Date() < deadline
            {
                lockWait.noteWaiting()
                Thread.sleep(forTimeInterval: 0.02)
            }
        }
    }

    private func locked<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    private static func ordered(_ highlights: [Highlight]) -> [Highlight] {
        highlights.sorted {
            ($0.articleID, $0.anchor.start, $0.created.timeIntervalSince1970, $0.id.uuidString)
                < ($1.articleID, $1.anchor.start, $1.created.timeIntervalSince1970, $1.id.uuidString)
        }
    }
}
