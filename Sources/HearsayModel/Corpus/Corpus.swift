/// Everything that was loaded: articles in load order, what went wrong, and who speaks where.
public struct Corpus: Sendable {
    public private(set) var articles: [Article]
    public var diagnostics: [Diagnostic]
    public private(set) var speakerIndex: SpeakerIndex
    /// Index into `articles` by id (restoring thousands of highlights looks articles up by id).
    private let indexByID: [String: Int]

    public init(articles: [Article], diagnostics: [Diagnostic] = []) {
        self.articles = articles
        self.diagnostics = diagnostics
        self.speakerIndex = SpeakerIndex(articles: articles)
        // The first article wins when two share an id (one file given twice).
        self.indexByID = Dictionary(articles.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public func article(id: String) -> Article? {
        index(ofArticle: id).map { articles[$0] }
    }

    /// The position in `articles` of the article with this id.
    public func index(ofArticle id: String) -> Int? {
        indexByID[id]
    }
}

/// Every speaker in the corpus with the articles and turns where they speak.
public struct SpeakerIndex: Sendable {
    public struct Entry: Sendable, Hashable {
        public var speaker: Speaker
        /// Every other way this person is written across the coverage (`唐鳳` beside `唐凤`, `Andrulis`), first seen first.
        public var aliases: [String]
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
        // Runs once per load on one core: look each article's speakers up by id once, then index
        // turns by integer, rather than hashing a speaker id per turn.
        var entryByID: [String: Int] = [:]
        var building: [Entry] = []
        for (articleIndex, article) in articles.enumerated() where !article.turns.isEmpty {
            var entryForSpeaker = [Int?](repeating: nil, count: article.speakers.count)
            for (turnIndex, turn) in article.turns.enumerated() where article.speakers.indices.contains(turn.speaker) {
                let entry: Int
                if let known = entryForSpeaker[turn.speaker] {
                    entry = known
                } else {
                    let speaker = article.speakers[turn.speaker]
                    if let existing = entryByID[speaker.id] {
                        entry = existing
                    } else {
                        entry = building.count
                        entryByID[speaker.id] = entry
                        building.append(Entry(speaker: speaker, aliases: [], turns: [], articleIndices: []))
                    }
                    entryForSpeaker[turn.speaker] = entry
                    let speakerAliases = [speaker.name] + speaker.aliases
                    for alias in speakerAliases where alias != building[entry].speaker.name && !building[entry].aliases.contains(alias) {
                        building[entry].aliases.append(alias)
                    }
                }
                building[entry].turns.append(TurnReference(article: articleIndex, turn: turnIndex))
                if building[entry].articleIndices.last != articleIndex {
                    building[entry].articleIndices.append(articleIndex)
                }
            }
        }
        entries = building.sorted {
            $0.turns.count != $1.turns.count ? $0.turns.count > $1.turns.count : $0.speaker.name < $1.speaker.name
        }
    }

    public func entry(forSpeakerID id: String) -> Entry? {
        entries.first { $0.speaker.id == id }
    }

    /// The coverage-wide person a name or label stands for in one article (`唐鳳` in `a.md` → the entry of
    /// `唐凤`; `Guest` in `a.md` → that article's guest, no one else's): the identity quotes and search share.
    public func entry(forName name: String, inArticle articleID: String) -> Entry? {
        entry(forSpeakerID: SpeakerIdentity.id(forName: name, inArticle: articleID))
    }
}
