/// Every speaker across the coverage with everything they said, turns and quotations alike.
/// People are matched by `SpeakerIdentity`, as the speaker index matches turns: `Thomas Wolf` in a
/// transcript and `Thomas Wolf` quoted in prose are one entry, `唐鳳` and `唐凤` too, while every
/// article's `主持人` is its own.
public struct UtteranceIndex: Sendable {
    public struct Reference: Sendable, Hashable {
        /// Index into `Corpus.articles`.
        public var article: Int
        public var utterance: Utterance

        public init(article: Int, utterance: Utterance) {
            self.article = article
            self.utterance = utterance
        }
    }

    public struct Entry: Sendable, Hashable {
        /// The name as first met in the coverage.
        public var name: String
        /// `SpeakerIdentity`'s id: the same for every spelling of the person.
        public var id: String
        /// The other ways they are written across the coverage, first seen first.
        public var aliases: [String]
        /// Everything they said: articles in corpus order, each in reading order.
        public var utterances: [Reference]
        public var turnCount: Int
        public var quoteCount: Int
        /// Indices into `Corpus.articles`, in corpus order.
        public var articleIndices: [Int]
    }

    /// Most utterances first; ties by name.
    public private(set) var entries: [Entry]
    private let entryByID: [String: Int]

    public init(articles: [Article]) {
        var indexByID: [String: Int] = [:]
        var building: [Entry] = []
        for (articleIndex, article) in articles.enumerated() where !article.turns.isEmpty || !article.quotes.isEmpty {
            for utterance in article.utterances() {
                guard let (name, id, aliases) = Self.speaker(of: utterance, in: article) else { continue }
                let entry: Int
                if let known = indexByID[id] {
                    entry = known
                } else {
                    entry = building.count
                    indexByID[id] = entry
                    building.append(Entry(name: name, id: id, aliases: [], utterances: [], turnCount: 0, quoteCount: 0, articleIndices: []))
                }
                for alias in [name] + aliases where alias != building[entry].name && !building[entry].aliases.contains(alias) {
                    building[entry].aliases.append(alias)
                }
                building[entry].utterances.append(Reference(article: articleIndex, utterance: utterance))
                if case .turn = utterance { building[entry].turnCount += 1 } else { building[entry].quoteCount += 1 }
                if building[entry].articleIndices.last != articleIndex { building[entry].articleIndices.append(articleIndex) }
            }
        }
        entries = building.sorted {
            $0.utterances.count != $1.utterances.count ? $0.utterances.count > $1.utterances.count : $0.name < $1.name
        }
        entryByID = Dictionary(uniqueKeysWithValues: entries.enumerated().map { ($1.id, $0) })
    }

    /// Who said it: a turn's speaker as the article parsed them, a quotation's speaker by name.
    private static func speaker(of utterance: Utterance, in article: Article) -> (name: String, id: String, aliases: [String])? {
        switch utterance {
        case .turn(let index):
            guard article.turns.indices.contains(index), article.speakers.indices.contains(article.turns[index].speaker) else { return nil }
            let speaker = article.speakers[article.turns[index].speaker]
            return (speaker.name, speaker.id, speaker.aliases)
        case .quote:
            guard let name = article.speakerName(of: utterance) else { return nil }
            return (name, SpeakerIdentity.id(forName: name, inArticle: article.id), [])
        }
    }

    public init(corpus: Corpus) {
        self.init(articles: corpus.articles)
    }

    /// The entry of the person a name stands for in one article (`SpeakerIdentity`).
    public func entry(forName name: String, inArticle articleID: String) -> Entry? {
        entry(forID: SpeakerIdentity.id(forName: name, inArticle: articleID))
    }

    /// The entry of the person with this `SpeakerIdentity` id (a turn's `Speaker.id`).
    public func entry(forID id: String) -> Entry? {
        entryByID[id].map { entries[$0] }
    }
}
