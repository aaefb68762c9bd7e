/// An article's blocks as held: parsed (every parse, every test, `--no-cache`), or lazy, read from
/// the file again when asked for and kept in a bounded cache (`ArticleBody`).
enum ArticleBodyStorage: Sendable {
    case loaded([Block])
    case lazy(ArticleBody)
}

extension Article {
    /// The article's body, in reading order. A lazy body is read from its file on first use (and
    /// again after the block cache let it go); setting it makes the body a loaded one.
    public var blocks: [Block] {
        get {
            switch body {
            case .loaded(let blocks): return blocks
            case .lazy(let lazy): return lazy.blocks()
            }
        }
        _modify {
            // Moved out and back, so that a loaded body stays uniquely referenced (appends do not copy).
            var blocks: [Block]
            switch body {
            case .loaded(let loaded): blocks = loaded
            case .lazy(let lazy): blocks = lazy.blocks()
            }
            body = .loaded([])
            defer { body = .loaded(blocks) }
            yield &blocks
        }
        set { body = .loaded(newValue) }
    }

    /// How many blocks the body has, without reading a lazy one.
    public var blockCount: Int {
        switch body {
        case .loaded(let blocks): return blocks.count
        case .lazy(let lazy): return lazy.blockCount
        }
    }

    /// Whether the blocks are held (not read from the file when asked for).
    public var hasLoadedBody: Bool {
        if case .loaded = body { return true }
        return false
    }

    /// This article's head with an empty loaded body (what the index stores; a lazy body's check).
    public var head: Article {
        var head = self
        head.body = .loaded([])
        return head
    }

    /// `transform` applied to the blocks if they are held; a lazy body is left alone (it applies
    /// the same adjustment itself when read: `ArticleBody`).
    mutating func mapLoadedBlocks(_ transform: (Block) -> Block) {
        guard case .loaded(let blocks) = body else { return }
        body = .loaded(blocks.map(transform))
    }

    /// Whether every field but the body is equal: what a lazy body checks a fresh parse against.
    public func hasSameHead(as other: Article) -> Bool {
        sharesFields(with: other)
            || id == other.id && path == other.path && format == other.format && title == other.title && date == other.date
                && language == other.language && fields.details == other.fields.details && turns == other.turns
                && speakers == other.speakers && quotes == other.quotes
    }

    /// Equal heads and equal bodies. Two loaded bodies compare their blocks, as always. A lazy body
    /// is equal only to itself (copies of one shell): comparing it with anything else would read
    /// files inside `==`, which runs in hot paths (the corpus diffing a change), so two shells of
    /// the same file made apart, or a shell and its parse, are unequal. A false "changed" costs a
    /// redraw; a false "same" would show stale text.
    public static func == (a: Article, b: Article) -> Bool {
        guard a.hasSameHead(as: b) else { return false }
        switch (a.body, b.body) {
        case (.loaded(let left), .loaded(let right)): return left == right
        case (.lazy(let left), .lazy(let right)): return left === right
        default: return false
        }
    }

    /// The head's identity only (equal articles have equal heads; blocks would read lazy bodies).
    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(path)
        hasher.combine(title)
        hasher.combine(date)
        hasher.combine(turns.count)
        hasher.combine(quotes.count)
    }
}
