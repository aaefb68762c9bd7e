import Foundation

/// A lazy body: knows how to get an article's blocks again from its file. Reads and parses the
/// file as the reader did (the same parser, then the same speakers.toml adjustment), checks that
/// the parse's head is still the shell's (the file may have changed since), and keeps the blocks
/// in a bounded `BlockCache`, so memory follows what is read, not the corpus. A file gone,
/// unreadable or changed gives `blockCount` blocks (never fewer than turns, sections and quotes
/// refer to), the first saying so, and asks for a rescan (`onStale`): the live reload then brings
/// the new version.
public final class ArticleBody: Sendable {
    /// How many blocks the head refers to.
    public let blockCount: Int
    /// The file, as shown in the notice.
    public let displayPath: String
    /// The shell's head: a fresh parse must have the same.
    private let expectedHead: Article
    /// Reads and parses the file (with the shell's id); `nil` when it gives no article.
    private let parse: @Sendable () -> Article?
    /// The adjustment the shell's head went through (speakers.toml), applied to the fresh parse.
    private let adjust: @Sendable (Article) -> Article
    private let onStale: @Sendable () -> Void
    private let cache: BlockCache

    init(
        head: Article, blockCount: Int, displayPath: String, cache: BlockCache,
        parse: @escaping @Sendable () -> Article?, adjust: @escaping @Sendable (Article) -> Article,
        onStale: @escaping @Sendable () -> Void
    ) {
        self.expectedHead = head
        self.blockCount = blockCount
        self.displayPath = displayPath
        self.cache = cache
        self.parse = parse
        self.adjust = adjust
        self.onStale = onStale
    }

    deinit {
        cache.remove(ObjectIdentifier(self))
    }

    /// The blocks: from the cache, else read from the file (and cached).
    func blocks() -> [Block] {
        let key = ObjectIdentifier(self)
        if let cached = cache.blocks(for: key) { return cached }
        let blocks = read()
        cache.store(blocks, for: key)
        return blocks
    }

    private func read() -> [Block] {
        guard let parsed = parse() else {
            return stale("could not be read; looking at the files again")
        }
        guard parsed.hasSameHead(as: expectedHead), parsed.blockCount == blockCount else {
            return stale("changed on disk since it was listed; looking at the files again")
        }
        return adjust(parsed).blocks
    }

    /// `blockCount` blocks, the first saying why the text is missing; asks for a rescan.
    private func stale(_ reason: String) -> [Block] {
        onStale()
        let notice = Block(kind: .paragraph, plain: "[This article's file \(displayPath) \(reason).]")
        return [notice] + Array(repeating: Block(kind: .paragraph, plain: ""), count: max(blockCount - 1, 0))
    }
}

extension Article {
    /// A shell: `head`'s fields (its blocks ignored) with a lazy body of `blockCount` blocks, read
    /// again from `file` by `loader` when needed, then passed through `adjust` (the adjustment
    /// `head` already went through; its id must be the one `adjust` saw). `onStale` is called when
    /// the file is gone, unreadable or no longer gives this head.
    public static func shell(
        head: Article, blockCount: Int, file: ArticleFile, loader: CorpusLoader = CorpusLoader(),
        cache: BlockCache = .shared, adjust: @escaping @Sendable (Article) -> Article = { $0 },
        onStale: @escaping @Sendable () -> Void = {}
    ) -> Article {
        var unadjusted = head.head
        let id = head.id
        let parse: @Sendable () -> Article? = {
            guard var article = loader.load(file: file).article else { return nil }
            article.id = id
            return article
        }
        let body = ArticleBody(
            head: unadjusted, blockCount: blockCount, displayPath: file.displayPath, cache: cache, parse: parse, adjust: adjust,
            onStale: onStale)
        unadjusted.body = .lazy(body)
        return unadjusted
    }
}
