import Foundation

/// `hearsay list`: one line per article (date, title, source host, speakers, turns, highlights).
public enum ArticleListing {
    public static let maximumTitleWidth = 48

    public static func summaries(_ corpus: Corpus) -> [ArticleSummary] {
        corpus.articles.map(ArticleSummary.init(article:))
    }

    /// An aligned table with a header line; `width` measures terminal columns.
    public static func table(_ corpus: Corpus, width: ((String) -> Int)? = nil) -> [String] {
        table(summaries(corpus), width: width)
    }

    /// The table of articles already summarised (by the persistent index, without parsing them).
    public static func table(_ summaries: [ArticleSummary], width: ((String) -> Int)? = nil) -> [String] {
        let rows = summaries.map { summary in
            [
                summary.day ?? summary.date.map { String($0.prefix(10)) } ?? "-", summary.title, summary.sourceHost ?? "-",
                String(summary.speakers.count), String(summary.turns), String(summary.highlights),
            ]
        }
        let table = TextTable(
            columns: [
                .init("DATE"), .init("TITLE", maximumWidth: maximumTitleWidth), .init("SOURCE"),
                .init("SPEAKERS", alignment: .right), .init("TURNS", alignment: .right), .init("HIGHLIGHTS", alignment: .right),
            ], rows: rows)
        return table.lines(width: width)
    }

    /// A JSON array of `ArticleSummary` objects.
    public static func json(_ corpus: Corpus) -> String {
        json(summaries(corpus))
    }

    public static func json(_ summaries: [ArticleSummary]) -> String {
        JSONOutput.encode(summaries)
    }
}
