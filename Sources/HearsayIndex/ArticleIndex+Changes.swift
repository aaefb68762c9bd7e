import Foundation
import GRDB
import HearsayModel

extension ArticleIndex {
    /// How files stand against the index, without parsing anything or writing: what a live reload
    /// asks before it re-reads only what changed.
    public struct FileChanges: Sendable, Hashable {
        /// The record holds (same stamp; or stamp moved and the content hash is the same).
        public var unchanged: [ArticleFile] = []
        /// There is a record but the content (or the name it is listed under) differs.
        public var changed: [ArticleFile] = []
        /// No record for this path.
        public var added: [ArticleFile] = []
        /// Absolute paths with a record under `folders` that are not among the files.
        public var removed: [String] = []

        public init() {}
    }

    /// Sorts `files` by how they stand against their records, on all cores; paths recorded
    /// under `folders` but not given are `removed`.
    public func changes(_ files: [ArticleFile], under folders: [String] = []) throws -> FileChanges {
        let stored = try database.read { try StoredFile.all($0, .withoutRecord) }
        enum Standing: Sendable { case unchanged, changed, added }
        let standings = CorpusLoader.map(files) { file -> Standing in
            let row = stored[absolutePath(file.path)]
            switch FileStanding(stored: row, file: file, stamp: FileStamp(path: file.path)) {
            case .unchanged:
                return .unchanged
            case .suspect(let row):
                let bytes = FileManager.default.contents(atPath: file.path).map { [UInt8]($0) }
                return bytes.map(ContentHash.of) == row.hash ? .unchanged : .changed
            case .new:
                return row == nil ? .added : .changed
            }
        }
        var changes = FileChanges()
        for (file, standing) in zip(files, standings) {
            switch standing {
            case .unchanged: changes.unchanged.append(file)
            case .changed: changes.changed.append(file)
            case .added: changes.added.append(file)
            }
        }
        let given = Set(files.map { absolutePath($0.path) })
        changes.removed = stored.keys.filter { path in
            !given.contains(path) && folders.contains { path.hasPrefix(folderPrefix($0)) }
        }.sorted()
        return changes
    }
}

/// `folder` as the prefix of the absolute paths under it (`/a/b/`).
func folderPrefix(_ folder: String) -> String {
    let absolute = absolutePath(folder)
    return absolute.hasSuffix("/") ? absolute : absolute + "/"
}

/// The first path past those under `prefix` (`/a/b0` for `/a/b/`; "0" follows "/"): the paths
/// under a folder are those from its prefix up to this, which SQLite finds on the `path` index.
func folderUpperBound(_ prefix: String) -> String {
    String(prefix.dropLast()) + "0"
}
