/// `hearsay speakers`: every speaker with their turn count and articles, most turns first.
public enum SpeakerListing {
    /// One speaker in `--json` output.
    public struct Entry: Sendable, Hashable, Codable {
        public var name: String
        public var id: String
        public var turns: Int
        public var articles: [ArticleTurns]

        public init(name: String, id: String, turns: Int, articles: [ArticleTurns]) {
            self.name = name
            self.id = id
            self.turns = turns
            self.articles = articles
        }
    }

    /// How many turns a speaker has in one article.
    public struct ArticleTurns: Sendable, Hashable, Codable {
        public var id: String
        public var title: String
        public var turns: Int

        public init(id: String, title: String, turns: Int) {
            self.id = id
            self.title = title
            self.turns = turns
        }
    }

    public static func entries(_ corpus: Corpus) -> [Entry] {
        corpus.speakerIndex.entries.map { entry in
            var perArticle: [Int: Int] = [:]
            for reference in entry.turns { perArticle[reference.article, default: 0] += 1 }
            let articles = entry.articleIndices.map { index in
                ArticleTurns(id: corpus.articles[index].id, title: corpus.articles[index].title, turns: perArticle[index] ?? 0)
            }
            return Entry(name: entry.speaker.name, id: entry.speaker.id, turns: entry.turns.count, articles: articles)
        }
    }

    /// At most this many articles are named per speaker in the table (`--json` names them all).
    public static let maximumArticlesShown = 5

    /// An aligned table: name, turns, and the articles (`id (turns)`), the first few of them.
    public static func table(_ corpus: Corpus, width: ((String) -> Int)? = nil) -> [String] {
        table(entries(corpus), width: width)
    }

    /// The table of entries already counted (by the persistent index, without parsing articles).
    public static func table(_ entries: [Entry], width: ((String) -> Int)? = nil) -> [String] {
        let rows = entries.map { entry in
            var articles = entry.articles.prefix(maximumArticlesShown).map { "\($0.id) (\($0.turns))" }
            if entry.articles.count > maximumArticlesShown {
                articles.append("and \(entry.articles.count - maximumArticlesShown) more")
            }
            return [entry.name, String(entry.turns), articles.joined(separator: ", ")]
        }
        return TextTable(columns: [.init("SPEAKER"), .init("TURNS", alignment: .right), .init("ARTICLES")], rows: rows)
            .lines(width: width)
    }

    public static func json(_ corpus: Corpus) -> String {
        json(entries(corpus))
    }

    public static func json(_ entries: [Entry]) -> String {
        JSONOutput.encode(entries)
    }
}
