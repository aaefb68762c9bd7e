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

    public struct SpeakerTurns: Sendable, Hashable {
        public var id: String
        /// The name as first written in this article.
        public var name: String
        public var turns: Int
    }

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

    /// Each speaker's turns in this article, in order of their first turn, as `UtteranceIndex`
    /// counts them (turns of a speaker the article lists).
    public var speakerTurns: [SpeakerTurns] {
        guard let article = head else { return [] }
        var slotByID: [String: Int] = [:]
        var tallies: [SpeakerTurns] = []
        for turn in article.turns where article.speakers.indices.contains(turn.speaker) {
            let speaker = article.speakers[turn.speaker]
            if let slot = slotByID[speaker.id] {
                tallies[slot].turns += 1
            } else {
                slotByID[speaker.id] = tallies.count
                tallies.append(SpeakerTurns(id: speaker.id, name: speaker.name, turns: 1))
            }
        }
        return tallies
    }

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
