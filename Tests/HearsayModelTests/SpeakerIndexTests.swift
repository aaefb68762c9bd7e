import HearsayModel
import Testing

/// The corpus-wide speaker index: one entry per speaker id, with every turn, most turns first.
struct SpeakerIndexTests {
    func transcript(_ id: String, _ lines: String) throws -> Article {
        try #require(ArticleParser().parse("## 对话\n" + lines, id: id).article)
    }

    @Test func speakersAreMergedAcrossArticlesByID() throws {
        let first = try transcript("a.md", "Anna Li: 一\n王五: 二\nAnna Li: 三\n")
        let second = try transcript("b.md", "王五: 四\nanna  li: 五\n")
        let third = try transcript("c.md", "赵六: 六\n")
        let index = Corpus(articles: [first, Article(id: "empty.md", format: .markdown, title: "空"), second, third]).speakerIndex
        #expect(index.entries.map(\.speaker.name) == ["Anna Li", "王五", "赵六"])
        #expect(index.entries.map(\.turns.count) == [3, 2, 1])
        let anna = try #require(index.entry(forSpeakerID: "anna li"))
        #expect(anna.articleIndices == [0, 2])
        #expect(anna.turns.map { [$0.article, $0.turn] } == [[0, 0], [0, 2], [2, 1]])
        #expect(index.entry(forSpeakerID: "王五")?.turns.map { [$0.article, $0.turn] } == [[0, 1], [2, 0]])
    }

    @Test func tiesAreOrderedByNameAndBadSpeakerIndicesAreIgnored() {
        let article = Article(
            id: "x.md", format: .transcript, title: "x",
            blocks: [Block(kind: .turn(speaker: 0), plain: "B: 1"), Block(kind: .turn(speaker: 1), plain: "A: 2")],
            turns: [Turn(speaker: 0, blocks: 0..<1), Turn(speaker: 1, blocks: 1..<2), Turn(speaker: 7, blocks: 1..<2)],
            speakers: [Speaker(name: "B"), Speaker(name: "A")])
        let index = Corpus(articles: [article]).speakerIndex
        #expect(index.entries.map(\.speaker.name) == ["A", "B"])
        #expect(index.entries.map(\.turns.count) == [1, 1])
    }
}
