/// `hearsay quotes`: every quotation in the coverage with its speaker, as a list or JSON.
public enum QuoteListing {
    /// One quotation in `--json` output. `speaker` and `title` are `null` when the text gives none.
    public struct Entry: Sendable, Hashable, Encodable {
        /// The article's id (as `hearsay list` shows it).
        public var article: String
        public var speaker: String?
        public var title: String?
        public var text: String
        public var start: Int
        public var end: Int
        public var sentence: String

        enum CodingKeys: String, CodingKey { case article, speaker, title, text, start, end, sentence }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(article, forKey: .article)
            try container.encode(speaker, forKey: .speaker)  // null, not left out
            try container.encode(title, forKey: .title)
            try container.encode(text, forKey: .text)
            try container.encode(start, forKey: .start)
            try container.encode(end, forKey: .end)
            try container.encode(sentence, forKey: .sentence)
        }
    }

    /// The quotations of the corpus in article order; only attributed ones unless `unattributed`,
    /// only `speaker`'s (a name containing it, case and width folded) when given.
    public static func entries(_ corpus: Corpus, speaker: String? = nil, unattributed: Bool = false) -> [Entry] {
        corpus.articles.flatMap { article in
            article.quotes.compactMap { quote -> Entry? in
                if let speaker {
                    guard let name = quote.speaker, SpeakerNameMatching.name(name, matches: speaker) else { return nil }
                } else if quote.speaker == nil, !unattributed {
                    return nil
                }
                return Entry(
                    article: article.id, speaker: quote.speaker, title: quote.title, text: quote.text,
                    start: quote.start, end: quote.end, sentence: quote.sentence)
            }
        }
    }

    /// The quotations of one person (`UtteranceIndex.resolve`), in article order.
    public static func entries(_ corpus: Corpus, of person: UtteranceIndex.Entry) -> [Entry] {
        person.utterances.compactMap { reference in
            guard case .quote(let index) = reference.utterance else { return nil }
            let article = corpus.articles[reference.article]
            let quote = article.quotes[index]
            return Entry(
                article: article.id, speaker: quote.speaker, title: quote.title, text: quote.text,
                start: quote.start, end: quote.end, sentence: quote.sentence)
        }
    }

    /// Each article's title and id, then one line per quotation: the speaker (and title), the words.
    public static func lines(_ entries: [Entry], in corpus: Corpus) -> [String] {
        var lines: [String] = []
        var currentArticle: String?
        for entry in entries {
            if entry.article != currentArticle {
                if currentArticle != nil { lines.append("") }
                lines.append("\(corpus.article(id: entry.article)?.title ?? entry.article)  (\(entry.article))")
                currentArticle = entry.article
            }
            let who = entry.speaker.map { name in entry.title.map { "\(name) (\($0))" } ?? name } ?? "(unattributed)"
            lines.append("  \(who): “\(entry.text.split(separator: "\n").joined(separator: " / "))”")
        }
        return lines
    }

    public static func json(_ entries: [Entry]) -> String {
        JSONOutput.encode(entries)
    }
}
