import HearsayModel

extension ArticleIndex {
    /// Removes the rows of files under `folders` that are not among `files` (deleted, renamed, now
    /// hidden); returns how many. What a reader that refreshed batch by batch does once at the end.
    public func prune(under folders: [String], keeping files: [ArticleFile]) throws -> Int {
        let kept = Set(files.map { absolutePath($0.path) })
        // Looked for in a read first: most starts remove nothing, and then take no write lock.
        guard try !database.read({ db in try stalePaths(under: folders, keeping: kept, in: db) }).isEmpty else { return 0 }
        return try writeIfPossible { db in try prune(under: folders, keeping: kept, in: db) } ?? 0
    }
}
