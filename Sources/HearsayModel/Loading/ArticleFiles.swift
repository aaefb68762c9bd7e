#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One article file found under the paths given: where to read it, its article id before
/// duplicates are renamed, and its name in diagnostics. The public face of the walker's
/// `SourceFile`, for the persistent index (which loads files one by one).
public struct ArticleFile: Sendable, Hashable {
    /// The path, for keys and messages (U+FFFD where the file system's bytes are not UTF-8).
    public var path: String
    /// The path to open, as the file system spells it.
    var pathBytes: PathBytes
    /// The path relative to the folder it was found in (or the file name, for a file given directly).
    public var id: String
    /// The path as given on the command line joined with the relative path.
    public var displayPath: String
    /// What the walk's `stat` said of it, when a walk found it: the index's stamp, so that a
    /// file is stat'ed once per start. Not part of the file's identity (`==`, `hash`).
    public var status: FileStatus?

    public init(path: String, id: String, displayPath: String, status: FileStatus? = nil) {
        self.path = path
        self.pathBytes = PathBytes(path)
        self.id = id
        self.displayPath = displayPath
        self.status = status
    }

    init(_ source: SourceFile) {
        self.path = source.path.display
        self.pathBytes = source.path
        self.id = source.id
        self.displayPath = source.displayPath
        self.status = source.status
    }

    var source: SourceFile { SourceFile(path: pathBytes, id: id, displayPath: displayPath, status: status) }

    public static func == (left: ArticleFile, right: ArticleFile) -> Bool {
        left.pathBytes == right.pathBytes && left.id == right.id && left.displayPath == right.displayPath
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(pathBytes)
        hasher.combine(id)
        hasher.combine(displayPath)
    }
}

/// The article files under some paths, in load order, and what went wrong finding them: exactly
/// what `CorpusLoader.load(paths:)` walks, without reading the files.
public struct ArticleFileList: Sendable {
    public let files: [ArticleFile]
    /// Walking problems (a path that does not exist, a symbolic link loop), in walk order.
    public let diagnostics: [Diagnostic]
    /// The paths given that are folders, as the walker names their files (`cov` for `cov/`).
    public let folders: [String]

    public init(paths: [String]) {
        let walker = FileWalker(paths: paths.map(PathBytes.init))
        files = walker.files.map(ArticleFile.init)
        diagnostics = walker.diagnostics
        folders = Self.folders(among: paths)
    }

    /// The paths given that are folders, as the walker names their files (`cov` for `cov/`).
    public static func folders(among paths: [String]) -> [String] {
        paths.compactMap { path in
            var info = stat()
            guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return nil }
            return path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path
        }
    }
}

/// Article ids made unique in load order, as `CorpusLoader` names them: the first file with an id
/// keeps it, a later one takes its path as given (then `path#2`, `path#3`…).
public struct ArticleIDs: Sendable {
    private var used: Set<String> = []

    public init() {}

    /// The id the next loaded article gets, given the id it was parsed with.
    public mutating func claim(_ id: String, displayPath: String) -> String {
        if used.insert(id).inserted { return id }
        // Two folders with the same relative path: fall back to the path as given.
        var unique = displayPath
        var suffix = 2
        while !used.insert(unique).inserted {
            unique = "\(displayPath)#\(suffix)"
            suffix += 1
        }
        return unique
    }
}

extension CorpusLoader {
    /// Reads, decodes and parses one file, as `load(paths:)` does. `inspect` sees the bytes read
    /// before decoding (the index hashes them) and is not called when the file could not be read.
    public func load(file: ArticleFile, inspect: (([UInt8]) -> Void)? = nil) -> ParseResult {
        CorpusLoader.loadFile(file.source, parser: parser, inspect: inspect)
    }

    /// `transform` of each item, on all cores, results in order (the index parses what changed).
    public static func map<Item: Sendable, Result: Sendable>(_ items: [Item], _ transform: @Sendable (Item) -> Result) -> [Result] {
        ParallelMap.map(count: items.count) { transform(items[$0]) }
    }
}
