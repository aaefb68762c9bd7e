import HearsayModel

/// What the index keeps about one file: the article's head (everything but its blocks: what
/// `list`, `speakers`, the reader's list and its shells need) and the loading diagnostics. Made
/// only from a real parse, so it says what a parse would.
public struct IndexedArticle: Sendable, Hashable {
    /// The article without its blocks (an empty loaded body), with the id it was parsed with
    /// (duplicates are renamed later, in load order); `nil` when the file holds no article.
    public var head: Article?
    /// How many blocks the article has (turns, sections and quotes refer to them).
    public var blockCount: Int
    /// What loading the file reported, in order.
    public var diagnostics: [Diagnostic]

    init(head: Article?, blockCount: Int, diagnostics: [Diagnostic]) {
        self.head = head
        self.blockCount = blockCount
        self.diagnostics = diagnostics
    }

    public init(_ result: ParseResult) {
        head = result.article?.head
        blockCount = result.article?.blockCount ?? 0
        diagnostics = result.diagnostics
    }

    /// The file's row in summary form (what `list` prints), from the head.
    public var summary: ArticleSummary? { head.map(ArticleSummary.init(article:)) }

    /// The article with its head from this record and a lazy body read again from `file` when
    /// needed (`Article.shell`), under `id` (the id made unique in load order); `nil` when the
    /// file holds no article.
    public func shell(
        file: ArticleFile, id: String, loader: CorpusLoader = CorpusLoader(), cache: BlockCache = .shared,
        adjust: @escaping @Sendable (Article) -> Article = { $0 }, onStale: @escaping @Sendable () -> Void = {}
    ) -> Article? {
        guard var head else { return nil }
        head.id = id
        return Article.shell(head: head, blockCount: blockCount, file: file, loader: loader, cache: cache, adjust: adjust, onStale: onStale)
    }
}
