/// `hearsay speakers`: every speaker with their turn and quote counts and articles, most first.
public enum SpeakerListing {
    /// One speaker in `--json` output.
    public struct Entry: Sendable, Hashable, Codable {
        public var name: String
        public var id: String
        /// The other ways the speaker is written (`唐鳳`, `Andrulis`, `记`).
        public var aliases: [String]
        public var turns: Int
        /// Quotations of them in prose.
        public var quotes: Int
        public var articles: [ArticleTurns]

        public init(name: String, id: String, aliases: [String] = [], turns: Int, quotes: Int = 0, articles: [ArticleTurns]) {
            self.name = name
            self.id = id
            self.aliases = aliases
            self.turns = turns
            self.quotes = quotes
            self.articles = articles
        }
    }

    /// How many turns a speaker has in one article.
    public struct ArticleTurns: Sendable, Hashable, Codable {
        public var id: String
        public var title: String
        public var turns: Int
        public var quotes: Int

        public init(id: String, title: String, turns: Int, quotes: Int = 0) {
            self.id = id
            self.title = title
            self.turns = turns
            self.quotes = quotes
        }
    }

    /// Everyone who speaks in a turn or is quoted in prose (`UtteranceIndex`), most utterances first.
    public static func entries(_ corpus: Corpus) -> [Entry] {
        UtteranceIndex(corpus: corpus).entries.map { entry in
            var perArticle: [Int: (turns: Int, quotes: Int)] = [:]
            for reference in entry.utterances {
                if case .turn = reference.utterance {
                    perArticle[reference.article, default: (0, 0)].turns += 1
                } else {
                    perArticle[reference.article, default: (0, 0)].quotes += 1
                }
            }
            let articles = entry.articleIndices.map { index in
                ArticleTurns(
                    id: corpus.articles[index].id, title: corpus.articles[index].title,
                    turns: perArticle[index]?.turns ?? 0, quotes: perArticle[index]?.quotes ?? 0)
            }
            return Entry(
                name: entry.name, id: entry.id, aliases: entry.aliases, turns: entry.turnCount, quotes: entry.quoteCount,
                articles: articles)
        }
    }

    /// At most this many articles are named per speaker in the table (`--json` names them all).
    public static let maximumArticlesShown = 5

    /// An aligned table: name, turns, quotes, and the articles (`id (turns and quotes there)`), the first few of them.
    public static func table(_ corpus: Corpus, width: ((String) -> Int)? = nil) -> [String] {
        table(entries(corpus), width: width)
    }

    /// The table of entries already counted (by the persistent index, without parsing articles).
    public static func table(_ entries: [Entry], width: ((String) -> Int)? = nil) -> [String] {
        let rows = entries.map { entry in
            var articles = entry.articles.prefix(maximumArticlesShown).map { "\($0.id) (\($0.turns + $0.quotes))" }
            if entry.articles.count > maximumArticlesShown {
                articles.append("and \(entry.articles.count - maximumArticlesShown) more")
            }
            return [entry.name, String(entry.turns), String(entry.quotes), articles.joined(separator: ", ")]
        }
        return TextTable(
            columns: [
                .init("SPEAKER"), .init("TURNS", alignment: .right), .init("QUOTES", alignment: .right),
                .init("ARTICLES"),
            ], rows: rows
        )
        .lines(width: width)
    }

    public static func json(_ corpus: Corpus) -> String {
        json(entries(corpus))
    }

    public static func json(_ entries: [Entry]) -> String {
        JSONOutput.encode(entries)
    }
}
