import Foundation
import HearsayModel
import Testing

/// Every fixture gives exactly its turn list; the corpus-wide precision and recall are printed
/// (`swift test --filter TurnFixtureTests` shows them; see Benchmarks/TURNS.md).
struct TurnFixtureTests {
    @Test func theCorpusHasEveryLanguageAndAtLeastThirtyFiles() {
        let names = TurnFixture.all.map(\.name)
        #expect(names.count >= 30)
        for language in [".zh-Hans.md", ".zh-Hant.md", ".ja.md", ".en.md"] {
            #expect(names.contains { $0.hasSuffix(language) }, "no \(language) fixture")
        }
    }

    @Test(arguments: TurnFixture.all)
    func turnsAreExactly(_ fixture: TurnFixture) throws {
        let article = try #require(fixture.article())
        #expect(fixture.actualLines(article) == fixture.expectedLines)
    }

    @Test func turnAttributionOnTheFixtureCorpus() {
        let score = TurnAttributionScore.of(TurnFixture.all)
        print("turn attribution on \(TurnFixture.all.count) fixture files: \(score)")
        #expect(score.precision == 1)
        #expect(score.recall == 1)
    }
}

/// Section names are hints in every script: the Traditional template has its key points, its dialogue section
/// and its source.
struct SectionHintTests {
    @Test func traditionalTemplateHasKeyPointsSectionsAndSource() throws {
        let article = try #require(TurnFixture.all.first { $0.name.hasPrefix("16-") }?.article())
        #expect(article.format == .transcript)
        #expect(article.keyPoints == ["公共參與平台十年累積三萬件提案。", "開放資料讓民間可以自行檢驗政策。"])
        #expect(article.sections.map(\.title) == ["詳細對話"])
        #expect(article.sourceURL == "https://example.org/show/42")
        #expect(!article.blocks.contains { $0.text.contains("原連結") || $0.text.contains("節目頁面") })
    }

    @Test func closingLinksInOtherScripts() throws {
        for (line, url) in [
            ("_原連結：https://example.org/a_", "https://example.org/a"), ("来源：https://example.org/b", "https://example.org/b"),
            ("*Original: https://example.org/c*", "https://example.org/c"),
        ] {
            let article = try #require(ArticleParser().parse("正文。\n\n" + line + "\n", id: "x.md").article)
            #expect(article.sourceURL == url)
            #expect(article.blocks.map(\.text) == ["正文。"])
        }
    }
}
