import Foundation
import GRDB
import HearsayModel

extension ArticleIndex {
    /// The records of some files, brought up to date.
    public struct Refresh: Sendable {
        /// In the order of the files asked for.
        public var records: [IndexedArticle]
        /// The index row of each file; `nil` when it could not be stored (read-only cache).
        public var rowIDs: [Int64?]
        /// The articles parsed on the way (only when asked to keep them), else `nil`.
        public var articles: [Article?]
        public var counts: Counts
    }

    /// What a refresh had to do: the figures that show a warm start reads only what changed.
    public struct Counts: Sendable, Hashable, CustomStringConvertible {
        /// Served from the index on their stamp alone.
        public var reused = 0
        /// Hashed (stamp moved, or written near indexing time) and found unchanged.
        public var verified = 0
        /// Read and parsed (new, changed, renamed).
        public var parsed = 0
        /// Rows of files no longer under the folders given, removed.
        public var removed = 0

        public init(reused: Int = 0, verified: Int = 0, parsed: Int = 0, removed: Int = 0) {
            self.reused = reused
            self.verified = verified
            self.parsed = parsed
            self.removed = removed
        }

        public var description: String { "reused \(reused), verified \(verified), parsed \(parsed), removed \(removed)" }
    }

    /// The records of `files`, reading and parsing (on all cores) only the files that changed
    /// since they were indexed, and storing what was read. Rows of files under `folders` that are
    /// not among `files` any more (deleted, renamed, now hidden) are removed.
    public func refresh(
        _ files: [ArticleFile], pruningUnder folders: [String] = [], loader: CorpusLoader = CorpusLoader(),
        keepingArticles: Bool = false
    ) throws -> Refresh {
        let startedAt = clock()
        let keys = files.map { absolutePath($0.path) }
        let outcomes = try outcomes(of: files, keys: keys, loader: loader, keepingArticles: keepingArticles)
        var refresh = Refresh(records: [], rowIDs: [], articles: [], counts: Counts())
        refresh.records.reserveCapacity(files.count)
        for outcome in outcomes {
            refresh.records.append(outcome.record)
            refresh.articles.append(outcome.article)
            switch outcome.kind {
            case .reused: refresh.counts.reused += 1
            case .verified: refresh.counts.verified += 1
            case .parsed: refresh.counts.parsed += 1
            }
        }
        // Rows stay as they were for files that did not change; a changed file's old row is stale.
        refresh.rowIDs = outcomes.map { outcome in
            if case .parsed = outcome.kind { return nil }
            return outcome.storedRowID
        }
        // Nothing to write when every record was served as stored and nothing is to be pruned
        // (a warm start's batches): no write transaction.
        let mustWrite = !folders.isEmpty || outcomes.contains { if case .reused = $0.kind { false } else { true } }
        let written =
            !mustWrite
            ? nil
            : try writeIfPossible { db in
                let stored = try store(outcomes, keys: keys, startedAt: startedAt, in: db)
                return (stored, try prune(under: folders, keeping: Set(keys), in: db))
            }
        if let (stored, removed) = written {
            for (position, rowID) in stored { refresh.rowIDs[position] = rowID }
            refresh.counts.removed = removed
        }
        return refresh
    }

    /// Files refreshed together: their rows are looked up in one statement, then turned into
    /// outcomes (decoded, or read and parsed) on the same worker.
    static let refreshSlice = 256

    /// What becomes of each file, on all cores. Slices of files look up their rows and decode
    /// them on one worker, so SQLite serves one slice while the other cores decode the ones before
    /// it (a warm start's two costs overlap), and only a slice's stored bytes are held at a time.
    /// Many files (a `list` of a whole corpus) read every row in one pass first.
    private func outcomes(
        of files: [ArticleFile], keys: [String], loader: CorpusLoader, keepingArticles: Bool
    ) throws -> [FileOutcome] {
        if files.count > StoredFile.wholeTableCount {
            let stored = try database.read { try StoredFile.all($0, reservingCapacity: keys.count) }
            return CorpusLoader.map(Array(zip(files, keys))) { file, key in
                FileOutcome(file: file, stored: stored[key], loader: loader, keepingArticle: keepingArticles)
            }
        }
        let database = self.database
        let slices = stride(from: 0, to: files.count, by: Self.refreshSlice).map { $0..<min($0 + Self.refreshSlice, files.count) }
        let sliced = CorpusLoader.map(slices) { slice in
            Result {
                let stored = try database.read { try StoredFile.rows(for: Array(keys[slice]), in: $0) }
                return slice.map { FileOutcome(file: files[$0], stored: stored[keys[$0]], loader: loader, keepingArticle: keepingArticles) }
            }
        }
        return try sliced.flatMap { try $0.get() }
    }

    /// Writes what was read; returns the row ids of the files parsed, by position.
    private func store(_ outcomes: [FileOutcome], keys: [String], startedAt: Int64, in db: Database) throws -> [Int: Int64] {
        var rowIDs: [Int: Int64] = [:]
        for (position, (outcome, key)) in zip(outcomes, keys).enumerated() {
            switch outcome.kind {
            case .reused:
                continue
            case .verified(let stamp):
                try db.cachedStatement(
                    sql: "UPDATE file SET size = ?, mtime_ns = ?, ctime_ns = ?, inode = ?, device = ?, verify_hash = ? WHERE path = ?"
                )
                .execute(arguments: [
                    stamp.size, stamp.modified, stamp.changed, stamp.inode, stamp.device,
                    stamp.isRecent(now: min(startedAt, outcome.stampTakenAfter), window: racyWindow), key,
                ])
            case .parsed(let stamp, let hash, let recordData):
                // An unreadable file (or one that vanished) is not cached: it may be readable next time.
                guard let stamp, let hash, let recordData else {
                    try db.cachedStatement(sql: "DELETE FROM file WHERE path = ?").execute(arguments: [key])
                    continue
                }
                // The folded text was of the old content; the next search folds the new.
                try db.cachedStatement(sql: "DELETE FROM folded_text WHERE id = (SELECT id FROM file WHERE path = ?)")
                    .execute(arguments: [key])
                rowIDs[position] = try Int64.fetchOne(
                    db.cachedStatement(
                        sql: """
                            INSERT INTO file(path, article_id, display_path, size, mtime_ns, ctime_ns, inode, device, hash, verify_hash,
                                has_article, diagnostics, record)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                            ON CONFLICT(path) DO UPDATE SET article_id = excluded.article_id, display_path = excluded.display_path,
                                size = excluded.size, mtime_ns = excluded.mtime_ns, ctime_ns = excluded.ctime_ns, inode = excluded.inode,
                                device = excluded.device, hash = excluded.hash, verify_hash = excluded.verify_hash,
                                has_article = excluded.has_article, diagnostics = excluded.diagnostics, record = excluded.record
                            RETURNING id
                            """),
                    arguments: [
                        key, outcome.file.id, outcome.file.displayPath, stamp.size, stamp.modified, stamp.changed,
                        stamp.inode, stamp.device, hash, stamp.isRecent(now: min(startedAt, outcome.stampTakenAfter), window: racyWindow),
                        outcome.record.head != nil, StoredFile.encode(diagnostics: outcome.record.diagnostics), recordData,
                    ])
            }
        }
        return rowIDs
    }

    /// Removes rows under `folders` whose paths are not in `kept`; returns how many.
    func prune(under folders: [String], keeping kept: Set<String>, in db: Database) throws -> Int {
        let stale = try stalePaths(under: folders, keeping: kept, in: db)
        for path in stale {
            try db.execute(sql: "DELETE FROM file WHERE path = ?", arguments: [path])
        }
        return stale.count
    }

    /// The paths of rows under `folders` that are not in `kept`.
    func stalePaths(under folders: [String], keeping kept: Set<String>, in db: Database) throws -> [String] {
        try folders.flatMap { folder in
            let prefix = folderPrefix(folder)
            let upper = folderUpperBound(prefix)
            let paths = try String.fetchAll(db, sql: "SELECT path FROM file WHERE path >= ? AND path < ?", arguments: [prefix, upper])
            return paths.filter { !kept.contains($0) }
        }
    }
}

/// What became of one file in a refresh (computed on a worker thread).
private struct FileOutcome: Sendable {
    enum Kind: Sendable {
        case reused
        case verified(FileStamp)
        /// Stamp, hash and encoded record; `nil`s when the file could not be read.
        case parsed(FileStamp?, Int64?, Data?)
    }

    let file: ArticleFile
    let kind: Kind
    let record: IndexedArticle
    let article: Article?
    let storedRowID: Int64?
    /// When the stamp was taken at the latest (a walk's `stat` may be older than this refresh).
    let stampTakenAfter: Int64

    init(file: ArticleFile, stored: StoredFile?, loader: CorpusLoader, keepingArticle: Bool) {
        self.file = file
        // Stat before reading (or reuse the walk's): a write after it moves the stamp, so it is
        // seen next time.
        stampTakenAfter = file.status?.takenAfter ?? wallClockNanoseconds()
        let stamp = file.status.map(FileStamp.init) ?? FileStamp(path: file.path)
        storedRowID = stored?.rowID
        switch FileStanding(stored: stored, file: file, stamp: stamp) {
        case .unchanged(let row):
            if let record = row.record(for: file) {
                (kind, self.record, article) = (.reused, record, nil)
                return
            }
        case .suspect(let row):
            if let bytes = FileOutcome.read(file.path), ContentHash.of(bytes) == row.hash, let stamp,
                let record = row.record(for: file)
            {
                (kind, self.record, article) = (.verified(stamp), record, nil)
                return
            }
        case .new:
            break
        }
        // Read (again) through the loader, which reports read problems as a fresh load does.
        var hash: Int64?
        let result = loader.load(file: file) { bytes in hash = ContentHash.of(bytes) }
        let record = IndexedArticle(result)
        let data = hash == nil ? nil : Data(RecordCoding.encode(record))
        (kind, self.record, article) = (.parsed(stamp, hash, data), record, keepingArticle ? result.article : nil)
    }

    private static func read(_ path: String) -> [UInt8]? {
        FileManager.default.contents(atPath: path).map { [UInt8]($0) }
    }
}
