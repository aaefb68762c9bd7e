import Foundation
import GRDB
import HearsayModel

extension ArticleIndex {
    /// The index, or why the files are read without it this time.
    public struct Opening {
        public let index: ArticleIndex?
        /// What to tell the user (a damaged or foreign cache rebuilt, a cache that cannot be used).
        public let notices: [String]
    }

    /// Two seconds: more than the coarsest file-time granularity of common filesystems.
    public static let defaultRacyWindow: Int64 = 2_000_000_000

    /// Opens (creating when needed) the index in `folder`. A damaged file or one of another format
    /// version is rebuilt, said in `notices`; a cache locked past the busy timeout or one that
    /// cannot be created gives no index and a notice, and the caller reads the files.
    public static func open(
        folder: String, racyWindow: Int64 = defaultRacyWindow,
        clock: @escaping @Sendable () -> Int64 = wallClockNanoseconds
    ) -> Opening {
        let path = folder + "/" + IndexFormat.fileName
        do {
            try FileManager.default.createDirectory(
                atPath: folder, withIntermediateDirectories: true,
                attributes: [.posixPermissions: 0o700])
        } catch {
            return Opening(index: nil, notices: ["cache folder \(folder) cannot be created; reading the files without it"])
        }
        var notices: [String] = []
        for attempt in 0..<2 {
            do {
                let (database, rebuilt) = try openChecked(path: path)
                if let rebuilt { notices.append(rebuilt) }
                let index = ArticleIndex(path: path, database: database, racyWindow: racyWindow, clock: clock)
                notices.forEach(index.notice)
                return Opening(index: index, notices: [])
            } catch let error as DatabaseError where IndexFailure.isDamaged(error) && attempt == 0 {
                removeFiles(of: path)
                notices.append("cache \(path) was damaged (\(IndexFailure.reason(error))); rebuilt")
            } catch let error as DatabaseError where IndexFailure.isBusy(error) {
                return Opening(index: nil, notices: notices + ["cache \(path) is locked by another process; reading the files without it"])
            } catch let error as DatabaseError {
                return Opening(
                    index: nil,
                    notices: notices + ["cache \(path) cannot be used (\(IndexFailure.reason(error))); reading the files without it"])
            } catch {
                return Opening(index: nil, notices: notices + ["cache \(path) cannot be used (\(error)); reading the files without it"])
            }
        }
        return Opening(index: nil, notices: notices)
    }

    /// Opens the file and makes sure it is an index of this format: creates the schema in an empty
    /// file, and starts afresh over another version's (returning what to say about it).
    private static func openChecked(path: String) throws -> (DatabaseQueue, String?) {
        var configuration = Configuration()
        configuration.busyMode = .timeout(2)
        configuration.label = "hearsay.index"
        var database = try DatabaseQueue(path: path, configuration: configuration)
        switch try database.read(formatFound) {
        case .current:
            return (database, nil)
        case .empty:
            try database.write(createUnlessPresent)
            return (database, nil)
        case .foreign(let description):
            try database.close()
            removeFiles(of: path)
            database = try DatabaseQueue(path: path, configuration: configuration)
            try database.write(createUnlessPresent)
            return (database, "cache \(path) was made by \(description); rebuilt")
        }
    }

    private enum FoundFormat { case current, empty, foreign(String) }

    private static func formatFound(_ db: Database) throws -> FoundFormat {
        let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        let tableCount = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
        if applicationID == 0 && tableCount == 0 { return .empty }
        guard applicationID == IndexFormat.applicationID else { return .foreign("another program") }
        let version = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'format'")
        guard version == String(IndexFormat.version) else {
            return .foreign("another version of hearsay (format \(version ?? "unknown"), this one reads \(IndexFormat.version))")
        }
        return .current
    }

    /// Creates the schema, unless another process did so since this one looked.
    private static func createUnlessPresent(_ db: Database) throws {
        guard try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") == 0 else { return }
        try db.execute(sql: IndexFormat.schema)
        try db.execute(sql: "INSERT INTO meta(key, value) VALUES ('format', ?)", arguments: [String(IndexFormat.version)])
        try db.execute(sql: "PRAGMA application_id = \(IndexFormat.applicationID)")
    }

    static func removeFiles(of path: String) {
        for suffix in ["", "-journal", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: path + suffix)
        }
    }
}
