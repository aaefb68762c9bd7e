/// `hearsay speakers`: every speaker with their turn count and articles, most turns first.
public enum SpeakerListing {
    /// One speaker in `--json` output.
    public struct Entry: Sendable, Hashable, Codable {
        public var name: String
        public var id: String
        public var turns: Int
        public var articles: [ArticleTurns]
    }

    /// How many turns a speaker has in one article.
    public struct ArticleTurns: Sendable, Hashable, Codable {
        public var id: String
        public var title: String
        public var turns: Int
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

    /// An aligned table: name, turns, and the articles (`id (turns)`).
    public static func table(_ corpus: Corpus, width: ((String) -> Int)? = nil) -> [String] {
        let rows = entries(corpus).map { entry in
            [entry.name, String(entry.turns), entry.articles.map { "\($0.id) (\($0.turns))" }.joined(separator: ", ")]
        }
        return TextTable(columns: [.init("SPEAKER"), .init("TURNS", alignment: .right), .init("ARTICLES")], rows: rows)
            .lines(width: width)
    }

    public static func json(_ corpus: Corpus) -> String {
        JSONOutput.encode(entries(corpus))
    }
}
