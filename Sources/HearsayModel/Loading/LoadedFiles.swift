#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the reader read of each file, so that a later look at the folders finds what changed:
/// files added (appended), changed (replaced in place, same id) and deleted (removed), as a
/// `CorpusChange` whose indices follow the corpus the reader holds.
public struct LoadedFiles: Sendable {
    struct Entry: Sendable {
        var version: FileVersion?
        /// Index in the corpus of the file's article (kept when the file stops giving one or is
        /// deleted, so that it comes back in the same place, with the same id).
        var article: Int?
        /// Deleted since it was read.
        var isGone = false
    }

    /// By the path as shown.
    private var entries: [String: Entry] = [:]
    /// The id of each article, by index in the corpus.
    private(set) var articleIDs: [String] = []
    /// The folders that hold the files read (as the file system spells them, shown), to watch.
    public private(set) var folders: Set<String> = []
    private var ids = ArticleIDs()
    /// The folder of the last file recorded, as bytes.
    private var lastFolder: [UInt8]?
    /// The files the loader's walk found, in walk order with their `stat`, until taken.
    var walkedFiles: [ArticleFile] = []

    public init() {}

    /// The files the loader's walk found (once: they are not kept), for whoever would walk the
    /// same paths again right after loading (the search's candidate source).
    public mutating func takeWalkedFiles() -> [ArticleFile] {
        defer { walkedFiles = [] }
        return walkedFiles
    }

    /// Records a file read for the corpus, before its article is appended (if it gave one): its
    /// version (taken before reading), and the article's id made unique. Returns that id.
    mutating func recordLoaded(_ file: SourceFile, version: FileVersion?, articleID: String?) -> String? {
        var entry = Entry(version: version)
        var claimed: String?
        if let articleID {
            claimed = ids.claim(articleID, displayPath: file.displayPath)
            entry.article = articleIDs.count
            articleIDs.append(claimed!)
        }
        entries[file.displayPath] = entry
        // Files come folder by folder: a folder is named once, not once per file.
        if let slash = file.path.bytes.lastIndex(of: UInt8(ascii: "/")),
            lastFolder.map({ !file.path.bytes[..<slash].elementsEqual($0) }) ?? true
        {
            let folder = Array(file.path.bytes[..<slash])
            lastFolder = folder
            folders.insert(PathBytes(folder).display)
        }
        return claimed
    }

    /// Walks `paths` again and reads what changed since the last look: new files are appended,
    /// changed ones replace their article (keeping its id), deleted ones (or ones that no longer
    /// give an article) are removed. `nil` when nothing changed.
    public mutating func rescan(
        pathBytes paths: [[UInt8]], loader: CorpusLoader, adjust: ([Article]) -> [Article] = { $0 }
    ) -> CorpusChange? {
        let walker = FileWalker(paths: paths.map(PathBytes.init))
        var seen: Set<String> = []
        var toRead: [(file: SourceFile, version: FileVersion?)] = []
        for file in walker.files {
            seen.insert(file.displayPath)
            let version = file.status.map(FileVersion.init)
            if let known = entries[file.displayPath], !known.isGone, known.version != nil, known.version == version { continue }
            toRead.append((file, version))
        }
        var change = CorpusChange()
        for (path, entry) in entries where !entry.isGone && !seen.contains(path) {
            if let article = entry.article { change.removed.insert(article) }
            entries[path]?.isGone = true
        }
        let parser = loader.parser
        let reading = toRead
        let outcomes = ParallelMap.map(count: reading.count) { CorpusLoader.loadFile(reading[$0].file, parser: parser) }
        var appended: [Article] = []
        var replaced: [Int] = []
        var replacements: [Article] = []
        for ((file, version), outcome) in zip(toRead, outcomes) {
            change.diagnostics += outcome.diagnostics
            if let index = entries[file.displayPath]?.article {
                entries[file.displayPath]?.version = version
                entries[file.displayPath]?.isGone = false
                guard var article = outcome.article else {
                    change.removed.insert(index)
                    continue
                }
                article.id = articleIDs[index]
                replaced.append(index)
                replacements.append(article)
            } else if var article = outcome.article {
                article.id = recordLoaded(file, version: version, articleID: article.id)!
                appended.append(article)
            } else {
                _ = recordLoaded(file, version: version, articleID: nil)
            }
        }
        change.appended = adjust(appended)
        change.replaced = Dictionary(uniqueKeysWithValues: zip(replaced, adjust(replacements)))
        guard !change.touchesNoArticle else { return nil }
        return change
    }
}

/// A file's version as `stat` tells it: any write moves the change time, which no one can set back.
struct FileVersion: Sendable, Hashable {
    var size: Int64
    var modified: Int64
    var changed: Int64
    var inode: UInt64

    /// The walk's `stat`, reused (taken before the file is read: a write after it is seen later).
    init(_ status: FileStatus) {
        size = status.size
        modified = status.modified
        changed = status.changed
        inode = status.inode
    }
}
