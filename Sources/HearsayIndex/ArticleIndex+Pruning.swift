import HearsayModel

extension ArticleIndex {
    /// Removes the rows of files under `folders` that are not among `files` (deleted, renamed, now
    /// hidden); returns how many. What a reader that refreshed batch by batch does once at the end.
    public func prune(under folders: [String], keeping files: [ArticleFile]) throws -> Int {
        let kept = Set(files.map { absolutePath($0.path) })
        return try writeIfPossible { db in try prune(under: folders, keeping: kept, in: db) } ?? 0
    }
}
