/// Every speaker across the coverage with everything they said, turns and quotations alike.
/// People are matched by `SpeakerNameMatching` (one function, to be replaced by a coverage-wide
/// speaker identity): `Thomas Wolf` in a transcript and `Thomas Wolf` quoted in prose are one entry.
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
        /// `SpeakerNameMatching.key(name)`.
        public var key: String
        /// Everything they said: articles in corpus order, each in reading order.
        public var utterances: [Reference]
        public var turnCount: Int
        public var quoteCount: Int
        /// Indices into `Corpus.articles`, in corpus order.
        public var articleIndices: [Int]
    }

    /// Most utterances first; ties by name.
    public private(set) var entries: [Entry]
    private let entryByKey: [String: Int]

    public init(articles: [Article]) {
        var indexByKey: [String: Int] = [:]
        var building: [Entry] = []
        for (articleIndex, article) in articles.enumerated() where !article.turns.isEmpty || !article.quotes.isEmpty {
            for utterance in article.utterances() {
                guard let name = article.speakerName(of: utterance) else { continue }
                let key = SpeakerNameMatching.key(name)
                let entry: Int
                if let known = indexByKey[key] {
                    entry = known
                } else {
                    entry = building.count
                    indexByKey[key] = entry
                    building.append(Entry(name: name, key: key, utterances: [], turnCount: 0, quoteCount: 0, articleIndices: []))
                }
                building[entry].utterances.append(Reference(article: articleIndex, utterance: utterance))
                if case .turn = utterance { building[entry].turnCount += 1 } else { building[entry].quoteCount += 1 }
                if building[entry].articleIndices.last != articleIndex { building[entry].articleIndices.append(articleIndex) }
            }
        }
        entries = building.sorted {
            $0.utterances.count != $1.utterances.count ? $0.utterances.count > $1.utterances.count : $0.name < $1.name
        }
        entryByKey = Dictionary(uniqueKeysWithValues: entries.enumerated().map { ($1.key, $0) })
    }

    public init(corpus: Corpus) {
        self.init(articles: corpus.articles)
    }

    /// The entry of the person with this name (matched as `SpeakerNameMatching` does).
    public func entry(forName name: String) -> Entry? {
        entryByKey[SpeakerNameMatching.key(name)].map { entries[$0] }
    }
}
