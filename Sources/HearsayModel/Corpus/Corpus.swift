/// Everything that was loaded: articles in load order, what went wrong, and who speaks where.
public struct Corpus: Sendable {
    public var articles: [Article]
    public var diagnostics: [Diagnostic]
    public private(set) var speakerIndex: SpeakerIndex

    public init(articles: [Article], diagnostics: [Diagnostic] = []) {
        self.articles = articles
        self.diagnostics = diagnostics
        self.speakerIndex = SpeakerIndex(articles: articles)
    }

    public func article(id: String) -> Article? {
        articles.first { $0.id == id }
    }
}

/// Every speaker in the corpus with the articles and turns where they speak.
public struct SpeakerIndex: Sendable {
    public struct Entry: Sendable, Hashable {
        public var speaker: Speaker
        /// (article index in `Corpus.articles`, turn index in `Article.turns`), in corpus order.
        public var turns: [TurnReference]
        public var articleIndices: [Int]
    }

    public struct TurnReference: Sendable, Hashable {
        public var article: Int
        public var turn: Int
    }

    /// Most turns first; ties by name.
    public private(set) var entries: [Entry]

    public init(articles: [Article]) {
        var byID: [String: Entry] = [:]
        var order: [String] = []
        for (articleIndex, article) in articles.enumerated() {
            for (turnIndex, turn) in article.turns.enumerated() {
                let speaker = article.speakers[turn.speaker]
                if byID[speaker.id] == nil {
                    byID[speaker.id] = Entry(speaker: speaker, turns: [], articleIndices: [])
                    order.append(speaker.id)
                }
                byID[speaker.id]!.turns.append(TurnReference(article: articleIndex, turn: turnIndex))
                if byID[speaker.id]!.articleIndices.last != articleIndex {
                    byID[speaker.id]!.articleIndices.append(articleIndex)
                }
            }
        }
        entries = order.compactMap { byID[$0] }.sorted {
            $0.turns.count != $1.turns.count ? $0.turns.count > $1.turns.count : $0.speaker.name < $1.speaker.name
        }
    }

    public func entry(forSpeakerID id: String) -> Entry? {
        entries.first { $0.speaker.id == id }
    }
}
