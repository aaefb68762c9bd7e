/// Where a loading pass gets each file's article: parsed from the file (bodies held: the default,
/// `--no-cache`, the tests) or from a persistent index (heads, bodies lazy). Called on the
/// loading thread only, batch after batch, in load order.
public protocol ArticleSource: Sendable {
    /// One result per file, in order.
    func read(_ files: [ArticleFile], loader: CorpusLoader) -> [FileRead]
    /// After the last batch, with every file found (the index forgets files no longer there);
    /// returns what the user should hear (a cache that could not be used…).
    func finish(files: [ArticleFile]) -> [String]
}

/// What reading one file gave a loading pass.
public struct FileRead: Sendable {
    public enum Content: Sendable {
        /// A full parse: the body is held.
        case parsed(Article)
        /// The article's head (its id as parsed) and how many blocks it has: the loader makes it a
        /// shell whose body is read from the file when needed (`Article.shell`).
        case head(Article, blockCount: Int)
        /// The file gives no article (unreadable, binary).
        case none
    }

    public var content: Content
    public var diagnostics: [Diagnostic]
    /// Whether the file was read and parsed for this (not served from an index): a loading pass
    /// that parses nothing takes the rest in large batches.
    public var wasParsed: Bool

    public init(content: Content, diagnostics: [Diagnostic], wasParsed: Bool = true) {
        self.content = content
        self.diagnostics = diagnostics
        self.wasParsed = wasParsed
    }

    /// The id the file's article was parsed with, if it gave one.
    var articleID: String? {
        switch content {
        case .parsed(let article), .head(let article, _): return article.id
        case .none: return nil
        }
    }
}

/// Every file read and parsed, on all cores: today's path, with bodies held.
public struct ParsingArticleSource: ArticleSource {
    public init() {}

    public func read(_ files: [ArticleFile], loader: CorpusLoader) -> [FileRead] {
        let parser = loader.parser
        return ParallelMap.map(count: files.count) { index in
            let result = CorpusLoader.loadFile(files[index].source, parser: parser)
            return FileRead(content: result.article.map(FileRead.Content.parsed) ?? .none, diagnostics: result.diagnostics)
        }
    }

    public func finish(files: [ArticleFile]) -> [String] { [] }
}
