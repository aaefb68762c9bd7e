import HearsayModel
import Testing

/// A surname used alone is the one person of the coverage with that surname (issue 15): `Andrulis` quoted in
/// one article and `Jonas Andrulis` speaking in another are one speaker; `Li` with two people called Li is not.
struct SurnameIdentityTests {
    static func parse(_ text: String, id: String) -> Article {
        ArticleParser().parse(text, id: id).article!
    }

    let interview = parse(
        "# Founder\n\n## Transcript\n\nJonas Andrulis: We build models.\n\nMia Li: How many people?\n\nJonas Andrulis: Two hundred.\n",
        id: "a.md")
    let news = parse(
        "# Funding\n\n\"The money goes into research,\" Andrulis said.\n\nAnalysts doubted it. \"It is crowded,\" Li said.\n",
        id: "b.md")
    let panel = parse("# Panel\n\n## Transcript\n\nBo Li: Hello.\n", id: "c.md")
    let summit = parse("# 峰会\n\nAnthropic的创始人达里奥·阿莫迪在会上表示：“安全是第一位的。”\n", id: "d.md")
    let nextDay = parse("# 次日\n\n阿莫迪表示：“明年会有更强的模型。”\n", id: "e.md")

    @Test func aSurnameAloneJoinsTheOnlyFullNameWithIt() throws {
        let index = UtteranceIndex(articles: [interview, news, panel])
        let andrulis = try #require(index.entries.first)
        #expect(andrulis.name == "Jonas Andrulis")
        #expect(andrulis.aliases == ["Andrulis"])
        #expect(andrulis.ids == ["jonas andrulis", "andrulis"])
        #expect((andrulis.turnCount, andrulis.quoteCount) == (2, 1))
        #expect(andrulis.articleIndices == [0, 1])
        #expect(andrulis.utterances.map(\.article) == [0, 0, 1])
        #expect(index.entry(forName: "Andrulis", inArticle: "b.md")?.name == "Jonas Andrulis")
        #expect(try index.resolve("andrulis").name == "Jonas Andrulis")
    }

    @Test func twoPeopleWithTheSurnameKeepItApart() {
        let index = UtteranceIndex(articles: [interview, news, panel])
        #expect(index.entries.map(\.name) == ["Jonas Andrulis", "Bo Li", "Li", "Mia Li"])
    }

    @Test func aChineseTranscribedNameByItsLastPart() throws {
        let index = UtteranceIndex(articles: [summit, nextDay])
        #expect(index.entries.map(\.name) == ["达里奥·阿莫迪"])
        #expect(index.entries.first?.aliases == ["阿莫迪"])
        #expect(index.entries.first?.quoteCount == 2)
    }

    @Test func aSurnameWithoutAFullNameStaysAsWritten() {
        #expect(UtteranceIndex(articles: [nextDay]).entries.map(\.name) == ["阿莫迪"])
    }
}
