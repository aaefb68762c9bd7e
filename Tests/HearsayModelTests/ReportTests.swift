import Foundation
import HearsayModel
import Testing

/// The text behind `hearsay list`, `speakers` and `check`.
struct ReportTests {
    let corpus = SampleCorpus.load()

    /// Per-scalar columns as the terminal draws them (CJK and fullwidth punctuation take two).
    func columns(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { total, scalar in
            let value = scalar.value
            let wide = (0x3000...0x303F).contains(value) || (0x4E00...0x9FFF).contains(value) || (0xFF01...0xFF60).contains(value)
            return total + (wide ? 2 : 1)
        }
    }

    @Test func listColumnsLineUpWithCJKTitles() {
        let lines = ArticleListing.table(corpus)
        #expect(
            lines == [
                "DATE        TITLE                                     SOURCE            SPEAKERS  TURNS  KEY POINTS  MARKS",
                "-           芯片圆桌：小厂如何在算力寒冬里活下来      example.com              3     12           4      0",
                "2024-11-03  江城市议会通过新预算，公共交通获最大份额  news.example.org         0      0           0      0",
                "-           夜市经济播客：一条街的三种生意            example.com              4     10           3      0",
                "-           深海实验室：一次七千米下潜的幕后          example.org              3      9           3      0",
                "2025-03-18  Old Library, New Readers: 旧馆改造一年记  example.org              0      0           0      0",
            ])
        // Every row is as wide as the header in terminal columns, so the columns line up.
        #expect(Set(lines.map(columns)) == [columns(lines[0])])
    }

    @Test func longTitlesAreCutOnACharacterWithDots() {
        let article = Article(id: "long.md", format: .markdown, title: String(repeating: "很长的标题", count: 10))
        let lines = ArticleListing.table(Corpus(articles: [article]))
        #expect(lines[1] == "-     很长的标题很长的标题很长的标题很长的标题很长...  -              0      0           0      0")
        #expect(columns("很长的标题很长的标题很长的标题很长的标题很长...") <= ArticleListing.maximumTitleWidth)
    }

    @Test func listJSONShape() throws {
        let json = ArticleListing.json(corpus)
        let decoded = try JSONDecoder().decode([ArticleSummary].self, from: Data(json.utf8))
        #expect(decoded == ArticleListing.summaries(corpus))
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(objects.count == 5)
        #expect(
            Set(objects[0].keys) == [
                "id", "format", "title", "sourceURL", "sourceHost", "speakers", "turns", "keyPoints", "marks", "sections",
            ])
        #expect(objects[1]["date"] as? String == "2024-11-03 09:15:00")
        #expect(objects[1]["day"] as? String == "2024-11-03")
        #expect(objects[0]["speakers"] as? [String] == ["林晓雯", "Daniel Ortiz", "周凯"])
        #expect(objects[0]["format"] as? String == "transcript")
        #expect(json.contains("\"sourceURL\" : \"https://example.com/shows/chip-roundtable\""))
    }

    @Test func speakersTableAndJSON() throws {
        let lines = SpeakerListing.table(corpus)
        #expect(lines.first == "SPEAKER       TURNS  QUOTES  ARTICLES")
        #expect(lines.count == 12)
        #expect(lines.contains("主持人            4       0  ocean-lab-interview.md (4)"))
        #expect(
            lines.suffix(2) == [
                "Raj Patel         1       0  night-market-podcast.md (1)",
                // Quoted in prose only: 投反对票的议员王立群说：“…”
                "王立群            0       1  river-city-budget.md (1)",
            ])
        #expect(Set(lines.map { columns(String($0.prefix { $0 != "(" && !$0.isNumber })) }).count <= 2)
        let entries = try JSONDecoder().decode([SpeakerListing.Entry].self, from: Data(SpeakerListing.json(corpus).utf8))
        #expect(entries == SpeakerListing.entries(corpus))
        #expect(entries.map(\.turns) == [4, 4, 4, 4, 4, 3, 3, 2, 2, 1, 0])
        #expect(entries.map(\.quotes) == [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1])
        #expect(entries[9].articles == [SpeakerListing.ArticleTurns(id: "night-market-podcast.md", title: "夜市经济播客：一条街的三种生意", turns: 1)])
        #expect(
            entries.last?.articles == [
                SpeakerListing.ArticleTurns(id: "river-city-budget.md", title: "江城市议会通过新预算，公共交通获最大份额", turns: 0, quotes: 1)
            ])
    }

    @Test func speakersTableNamesTheFirstFiveArticles() {
        let articles = (1...7).map { number in
            Article(
                id: "a\(number).md", format: .transcript, title: "第\(number)期",
                blocks: [Block(kind: .turn(speaker: 0), plain: "主持人: 你好")], turns: [Turn(speaker: 0, blocks: 0..<1)],
                speakers: [Speaker(name: "主持人")])
        }
        #expect(
            SpeakerListing.table(Corpus(articles: articles)) == [
                "SPEAKER  TURNS  QUOTES  ARTICLES",
                "主持人       7       0  a1.md (1), a2.md (1), a3.md (1), a4.md (1), a5.md (1), and 2 more",
            ])
        #expect(SpeakerListing.entries(Corpus(articles: articles)).first?.articles.count == 7)
    }

    @Test func checkReportsDiagnosticsAndErrors() {
        let clean = Corpus(articles: corpus.articles)
        #expect(CheckReport.lines(clean).isEmpty)
        #expect(CheckReport.summary(clean) == "5 articles; 0 errors, 0 warnings")
        #expect(!CheckReport.hasErrors(clean))
        let broken = Corpus(
            articles: [],
            diagnostics: [
                Diagnostic(file: "a.md", line: 1, severity: .error, message: "front matter starting here is never closed"),
                Diagnostic(file: "b.md", line: 0, severity: .warning, message: "binary file skipped"),
            ])
        #expect(
            CheckReport.lines(broken) == [
                "a.md:1: error: front matter starting here is never closed", "b.md: warning: binary file skipped",
            ])
        #expect(CheckReport.summary(broken) == "0 articles; 1 error, 1 warning")
        #expect(CheckReport.hasErrors(broken))
    }

    @Test func sourceHosts() {
        #expect(ArticleSummary.host(of: "https://www.youtube.com/watch?v=x") == "youtube.com")
        #expect(ArticleSummary.host(of: "http://user@news.example.org:8080/a") == "news.example.org")
        #expect(ArticleSummary.host(of: "not a url") == nil)
    }
}
