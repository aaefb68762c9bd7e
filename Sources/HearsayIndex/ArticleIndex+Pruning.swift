import GRDB
import HearsayModel

extension ArticleIndex {
    /// Removes the rows of files under `folders` that are not among `files` (deleted, renamed, now
    /// hidden); returns how many. What a reader that refreshed batch by batch does once at the end.
    /// `rowPaths`, when given, are the absolute paths of the files among `files` that have a row
    /// (the refreshes say): when each folder holds exactly as many rows as those, every row is one
    /// of theirs and none is read.
    public func prune(under folders: [String], keeping files: [ArticleFile], rowPaths: [String]? = nil) throws -> Int {
        if let rowPaths, try rowsAreAll(rowPaths, under: folders) { return 0 }
        let kept = Set(files.map { absolutePath($0.path) })
        // Looked for in a read first: most starts remove nothing, and then take no write lock.
        guard try !database.read({ db in try stalePaths(under: folders, keeping: kept, in: db) }).isEmpty else { return 0 }
        return try writeIfPossible { db in try prune(under: folders, keeping: kept, in: db) } ?? 0
    }

    /// Whether the rows under each folder are as many as `rowPaths` under it (paths are unique,
    /// and those paths have rows: then they are all the rows there).
    private func rowsAreAll(_ rowPaths: [String], under folders: [String]) throws -> Bool {
        let prefixes = folders.map(folderPrefix)
        let stored = try database.read { db in
            try prefixes.map { prefix in
                try Int.fetchOne(
                    db, sql: "SELECT count(*) FROM file WHERE path >= ? AND path < ?", arguments: [prefix, folderUpperBound(prefix)]) ?? 0
            }
        }
        return zip(prefixes, stored).allSatisfy { prefix, count in rowPaths.count { $0.hasPrefix(prefix) } == count }
    }
}
