import HearsayModel
import Testing

/// One person, many spellings: within an article, across the coverage, and as the user says.
struct SpeakerIdentityTests {
    func article(_ id: String, _ text: String) throws -> Article {
        try #require(ArticleParser().parse(text, id: id).article)
    }

    @Test func withinAnArticleShortFormsJoinTheFullName() throws {
        let fixture = try #require(TurnFixture.all.first { $0.name.hasPrefix("21-") })
        let article = try #require(fixture.article())
        #expect(article.speakers.map(\.name) == ["记者", "许文博"])
        #expect(article.speakers.map(\.aliases) == [["记"], ["许"]])
        #expect(article.turns.map(\.label) == ["记者", "许文博", "记", "许", "记", "许"])
        let berg = try #require(TurnFixture.all.first { $0.name.hasPrefix("28-") }?.article())
        #expect(berg.speakers.map(\.name) == ["Jonas Berg", "Helen Osei"])
        #expect(berg.speakers.map(\.aliases) == [["Berg"], ["Osei"]])
        #expect(berg.speakers.map(\.id) == ["jonas berg", "helen osei"])
    }

    @Test func acrossTheCoverageCaseWidthAndScriptFold() throws {
        let first = try article("a.md", "唐鳳：開放政府。\n\n主持人：請說。\n\n唐鳳：好的。\n\n主持人：謝謝。\n")
        let second = try article("b.md", "唐凤：开放政府。\n\n主持人：请说。\n\n唐凤：好的。\n\n主持人：谢谢。\n")
        let third = try article("c.md", "ＡＮＮＡ  Li: one\n\nGuest: two\n\nanna li: three\n\nGuest: four\n")
        let fourth = try article("d.md", "Anna Li: five\n\nGuest: six\n\nAnna Li: seven\n\nGuest: eight\n")
        let index = UtteranceIndex(articles: [first, second, third, fourth])
        let tang = try #require(index.entry(forID: "唐凤"))
        #expect(tang.name == "唐鳳")
        #expect(tang.aliases == ["唐凤"])
        #expect(tang.articleIndices == [0, 1])
        #expect(tang.turnCount == 4)
        let anna = try #require(index.entry(forID: "anna li"))
        #expect(anna.articleIndices == [2, 3])
        #expect(anna.name == "ＡＮＮＡ  Li")
        #expect(anna.aliases == ["anna li", "Anna Li"])
        // Roles are someone else in every article.
        #expect(index.entries.filter { $0.name == "主持人" }.map(\.id) == ["主持人@a.md", "主持人@b.md"])
        #expect(index.entries.filter { $0.name == "Guest" }.map(\.id) == ["guest@c.md", "guest@d.md"])
        #expect(index.entry(forName: "唐鳳", inArticle: "x.md")?.id == "唐凤")
        #expect(index.entry(forName: "主持人", inArticle: "b.md")?.articleIndices == [1])
        #expect(SpeakerIdentity.id(forName: "記者（遠山日報）", inArticle: "p.md") == "记者(远山日报)@p.md")
        #expect(SpeakerIdentity.isRole("Speaker 2") && SpeakerIdentity.isRole("嘉宾A") && !SpeakerIdentity.isRole("Anna Li"))
    }

    @Test func reportersOfDifferentOutletsAreDifferentSpeakers() throws {
        let fixture = try #require(TurnFixture.all.first { $0.name.hasPrefix("02-") })
        let article = try #require(fixture.article())
        #expect(article.speakers.map(\.name) == ["主持人", "孟建华", "记者（远山日报）", "记者（海港财经）"])
        #expect(article.speakers.map(\.id) == ["主持人@\(fixture.name)", "孟建华", "记者(远山日报)@\(fixture.name)", "记者(海港财经)@\(fixture.name)"])
    }

    @Test func speakersTomlRenamesMergesAndSplits() throws {
        let (overrides, problems) = SpeakerOverrides.parse(
            """
            # who is who
            马克龙 = "Emmanuel Macron"
            "Guest@b.md" = "Lena Vogt"   # this guest has a name

            [merge]
            "Anna Li" = ["李安娜", "A. Li"]

            [split]
            "张伟" = ["c.md"]

            [colours]
            x = "y"
            [rename]
            broken line
            """, file: "speakers.toml")
        #expect(
            problems.map(\.description) == [
                "speakers.toml:11: error: unknown section [colours]; expected [rename], [merge] or [split]",
                "speakers.toml:14: error: expected `name = \"other name\"` or `name = [\"a\", \"b\"]`",
            ])
        let a = try article("a.md", "马克龙：我们要加快。\n\n李安娜：欧洲呢？\n\n马克龙：也要加快。\n\n李安娜：谢谢。\n\n张伟：补充一句。\n")
        let b = try article("b.md", "Guest: hello\n\nA. Li: hi\n\nGuest: bye\n\nA. Li: bye\n")
        let c = try article("c.md", "张伟：我是另一个张伟。\n\n主持人：好的。\n\n张伟：对。\n\n主持人：谢谢。\n")
        let corpus = Corpus(articles: [a, b, c]).applying(overrides)
        #expect(corpus.articles[0].speakers.map(\.name) == ["Emmanuel Macron", "Anna Li", "张伟"])
        #expect(corpus.articles[0].speakers.map(\.aliases) == [["马克龙"], ["李安娜"], []])
        #expect(corpus.articles[1].speakers.map(\.name) == ["Lena Vogt", "Anna Li"])
        #expect(corpus.articles[1].speakers.map(\.id) == ["lena vogt", "anna li"])
        #expect(corpus.articles[2].speakers.map(\.id) == ["张伟@c.md", "主持人@c.md"])
        let entries = SpeakerListing.entries(corpus)
        let anna = try #require(entries.first { $0.name == "Anna Li" })
        #expect(anna.turns == 4)
        #expect(anna.aliases == ["李安娜", "A. Li"])
        #expect(anna.articles.map(\.id) == ["a.md", "b.md"])
        #expect(entries.filter { $0.name == "张伟" }.map(\.id) == ["张伟@c.md", "张伟"])
        // Turns keep their labels as written.
        #expect(corpus.articles[0].turns.map(\.label) == ["马克龙", "李安娜", "马克龙", "李安娜", "张伟"])
    }

    @Test func twoSpeakersMadeOneInAnArticleShareTheirTurns() throws {
        let (overrides, _) = SpeakerOverrides.parse("[merge]\n\"Dana Brooks\" = [\"Dana\", \"D. Brooks\"]\n", file: "s.toml")
        let a = try article("a.md", "Dana: one\n\nHost: two\n\nD. Brooks: three\n\nHost: four\n\nDana: five\n\nD. Brooks: six\n")
        let merged = Corpus(articles: [a]).applying(overrides).articles[0]
        #expect(merged.speakers.map(\.name) == ["Dana Brooks", "Host"])
        #expect(merged.turns.map(\.speaker) == [0, 1, 0, 1, 0, 0])
        #expect(merged.blocks.map(\.kind) == [0, 1, 0, 1, 0, 0].map { .turn(speaker: $0) })
        #expect(merged.speakers.first?.aliases == ["Dana", "D. Brooks"])
    }

    @Test func anArticleThatSaysWhoAnswersNamesTheAnswerer() throws {
        let text = "对话实录（问：本刊记者 答：唐鳳）\n\n问：一？\n\n答：二。\n\n问：三？\n\n答：四。\n"
        let article = try article("a.md", text)
        #expect(article.speakers.map(\.name) == ["本刊记者", "唐鳳"])
        #expect(article.speakers.map(\.id) == ["本刊记者", "唐凤"])
        #expect(article.speakers.map(\.aliases) == [["问"], ["答"]])
        // Without the introduction, `答` stays a role of this article.
        let plain = try self.article("b.md", "问：一？\n\n答：二。\n\n问：三？\n\n答：四。\n")
        #expect(plain.speakers.map(\.id) == ["问@b.md", "答@b.md"])
    }
}
