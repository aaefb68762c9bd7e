import Foundation

/// `hearsay list`: one line per article (date, title, source host, speakers, turns, key points, the user's marks).
public enum ArticleListing {
    public static let maximumTitleWidth = 48

    public static func summaries(_ corpus: Corpus) -> [ArticleSummary] {
        corpus.articles.map(ArticleSummary.init(article:))
    }

    /// An aligned table with a header line; `width` measures terminal columns.
    public static func table(_ corpus: Corpus, width: ((String) -> Int)? = nil) -> [String] {
        table(summaries(corpus), width: width)
    }

    /// The table of articles already summarised (by the persistent index, without parsing them); `marks`
    /// counts the user's highlights by article id.
    public static func table(_ summaries: [ArticleSummary], marks: [String: Int] = [:], width: ((String) -> Int)? = nil) -> [String] {
        let rows = summaries.map { summary in
            [
                summary.day ?? summary.date.map { String($0.prefix(10)) } ?? "-", summary.title, summary.sourceHost ?? "-",
                String(summary.speakers.count), String(summary.turns), String(summary.keyPoints), String(marks[summary.id] ?? 0),
            ]
        }
        let table = TextTable(
            columns: [
                .init("DATE"), .init("TITLE", maximumWidth: maximumTitleWidth), .init("SOURCE"),
                .init("SPEAKERS", alignment: .right), .init("TURNS", alignment: .right), .init("KEY POINTS", alignment: .right),
                .init("MARKS", alignment: .right),
            ], rows: rows)
        return table.lines(width: width)
    }

    /// A JSON array of `ArticleSummary` objects.
    public static func json(_ corpus: Corpus) -> String {
        json(summaries(corpus))
    }

    /// The summaries' fields and `marks`, the user's highlights in the article (0 when there are none).
    public static func json(_ summaries: [ArticleSummary], marks: [String: Int] = [:]) -> String {
        JSONOutput.encode(summaries.map { ListedArticle(summary: $0, marks: marks[$0.id] ?? 0) })
    }

    /// An article in `list --json`: its summary and how many highlights the user made in it.
    struct ListedArticle: Encodable {
        var summary: ArticleSummary
        var marks: Int

        enum CodingKeys: String, CodingKey { case marks }

        func encode(to encoder: Encoder) throws {
            try summary.encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(marks, forKey: .marks)
        }
    }
}
