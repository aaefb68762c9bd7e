/// Every speaker across the coverage with everything they said, turns and quotations alike.
/// People are matched by `SpeakerIdentity`, as the speaker index matches turns: `Thomas Wolf` in a
/// transcript and `Thomas Wolf` quoted in prose are one entry, `唐鳳` and `唐凤` too, while every
/// article's `主持人` is its own. A surname used alone (`Andrulis`) joins the one full name that ends with it.
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
        /// Every `SpeakerIdentity` id that stands for them (`id` among them): a turn or quotation is theirs when its
        /// speaker's id is one of these.
        public var ids: Set<String>
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
                building.append(
                    Entry(name: name, id: id, aliases: [], ids: [id], utterances: [], turnCount: 0, quoteCount: 0, articleIndices: []))
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
        entries = Self.mergingSurnames(building, articles: articles).sorted {
            $0.utterances.count != $1.utterances.count ? $0.utterances.count > $1.utterances.count : $0.name < $1.name
        }
        var byID: [String: Int] = [:]
        for (index, entry) in entries.enumerated() {
            for id in entry.ids { byID[id] = index }
        }
        entryByID = byID
    }

    /// A surname or short form used alone (`Andrulis`, `阿莫迪`) is the one person of the coverage whose full
    /// name ends with it (`Jonas Andrulis`, `达里奥·阿莫迪`), as news writing names someone in full once and
    /// then by surname; with two such people (or none) it stays its own entry. Roles are never merged.
    private static func mergingSurnames(_ entries: [Entry], articles: [Article]) -> [Entry] {
        var fullNamesBySurname: [String: [Int]] = [:]
        for (index, entry) in entries.enumerated() where !SpeakerIdentity.isRole(entry.name) {
            let words = nameWords(entry.id)
            if words.count >= 2, let surname = words.last { fullNamesBySurname[String(surname), default: []].append(index) }
        }
        var merged = entries
        var absorbed = Set<Int>()
        for (index, entry) in entries.enumerated() where !SpeakerIdentity.isRole(entry.name) && nameWords(entry.id).count == 1 {
            guard entry.id.count >= 2, let owners = fullNamesBySurname[entry.id], owners.count == 1 else { continue }
            let owner = owners[0]
            for alias in [entry.name] + entry.aliases where alias != merged[owner].name && !merged[owner].aliases.contains(alias) {
                merged[owner].aliases.append(alias)
            }
            merged[owner].ids.formUnion(entry.ids)
            merged[owner].utterances = (merged[owner].utterances + entry.utterances).sorted {
                ($0.article, articles[$0.article].start(of: $0.utterance)) < ($1.article, articles[$1.article].start(of: $1.utterance))
            }
            merged[owner].turnCount += entry.turnCount
            merged[owner].quoteCount += entry.quoteCount
            merged[owner].articleIndices = Array(Set(merged[owner].articleIndices + entry.articleIndices)).sorted()
            absorbed.insert(index)
        }
        return merged.enumerated().filter { !absorbed.contains($0.offset) }.map(\.element)
    }

    /// The words of a folded name: split at spaces and at the middle dots of transcribed names.
    private static func nameWords(_ key: String) -> [Substring] {
        key.split(whereSeparator: { $0 == " " || $0 == "·" || $0 == "・" || $0 == "•" })
    }

    public init(corpus: Corpus) {
        self.init(articles: corpus.articles)
    }

    /// The person a name the user typed stands for (`SpeakerNameMatching.resolve`): by any of their spellings.
    public func resolve(_ typed: String) throws(SpeakerLookupError) -> Entry {
        try SpeakerNameMatching.resolve(typed, among: entries) { [$0.name] + $0.aliases }
    }

    /// The entry of the person a name stands for in one article (`SpeakerIdentity`; a surname alone finds the
    /// person it was merged with).
    public func entry(forName name: String, inArticle articleID: String) -> Entry? {
        entry(forID: SpeakerIdentity.id(forName: name, inArticle: articleID))
    }

    /// The entry of the person with this `SpeakerIdentity` id (a turn's `Speaker.id`).
    public func entry(forID id: String) -> Entry? {
        entryByID[id].map { entries[$0] }
    }
}
