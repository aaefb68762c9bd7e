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
        // Built when a view first needs it, over every article: look each article's speakers (and
        // each quoted name) up by id once, then add utterances by integer, rather than hashing an
        // id and merging aliases per utterance.
        var indexByID: [String: Int] = [:]
        var building: [Entry] = []
        func entry(name: String, id: String, aliases: [String]) -> Int {
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
            return entry
        }
        for (articleIndex, article) in articles.enumerated() where !article.turns.isEmpty || !article.quotes.isEmpty {
            var entryForSpeaker = [Int?](repeating: nil, count: article.speakers.count)
            var entryForQuotedName: [String: Int] = [:]
            for utterance in article.utterances() {
                let found: Int
                switch utterance {
                case .turn(let index):
                    guard article.turns.indices.contains(index), article.speakers.indices.contains(article.turns[index].speaker) else {
                        continue
                    }
                    let speakerIndex = article.turns[index].speaker
                    if let known = entryForSpeaker[speakerIndex] {
                        found = known
                    } else {
                        let speaker = article.speakers[speakerIndex]
                        found = entry(name: speaker.name, id: speaker.id, aliases: speaker.aliases)
                        entryForSpeaker[speakerIndex] = found
                    }
                    building[found].turnCount += 1
                case .quote:
                    guard let name = article.speakerName(of: utterance) else { continue }
                    if let known = entryForQuotedName[name] {
                        found = known
                    } else {
                        found = entry(name: name, id: SpeakerIdentity.id(forName: name, inArticle: article.id), aliases: [])
                        entryForQuotedName[name] = found
                    }
                    building[found].quoteCount += 1
                }
                building[found].utterances.append(Reference(article: articleIndex, utterance: utterance))
                if building[found].articleIndices.last != articleIndex { building[found].articleIndices.append(articleIndex) }
            }
        }
        entries = building.sorted {
            $0.utterances.count != $1.utterances.count ? $0.utterances.count > $1.utterances.count : $0.name < $1.name
        }
        entryByID = Dictionary(uniqueKeysWithValues: entries.enumerated().map { ($1.id, $0) })
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
