import HearsayModel
import Testing

/// The corpus-wide utterance index over transcripts: one entry per speaker id, with every turn, most first.
struct UtteranceIndexTurnTests {
    func transcript(_ id: String, _ lines: String) throws -> Article {
        try #require(ArticleParser().parse("## 对话\n" + lines, id: id).article)
    }

    static func turn(_ reference: UtteranceIndex.Reference) -> Int {
        guard case .turn(let turn) = reference.utterance else { return -1 }
        return turn
    }

    @Test func speakersAreMergedAcrossArticlesByID() throws {
        let first = try transcript("a.md", "Anna Li: 一\n王五: 二\nAnna Li: 三\n")
        let second = try transcript("b.md", "王五: 四\nanna  li: 五\n")
        let third = try transcript("c.md", "赵六: 六\n")
        let index = UtteranceIndex(articles: [first, Article(id: "empty.md", format: .markdown, title: "空"), second, third])
        #expect(index.entries.map(\.name) == ["Anna Li", "王五", "赵六"])
        #expect(index.entries.map(\.turnCount) == [3, 2, 1])
        let anna = try #require(index.entry(forID: "anna li"))
        #expect(anna.articleIndices == [0, 2])
        #expect(anna.utterances.map { [$0.article, Self.turn($0)] } == [[0, 0], [0, 2], [2, 1]])
        #expect(index.entry(forID: "王五")?.utterances.map { [$0.article, Self.turn($0)] } == [[0, 1], [2, 0]])
    }

    @Test func tiesAreOrderedByNameAndBadSpeakerIndicesAreIgnored() {
        let article = Article(
            id: "x.md", format: .transcript, title: "x",
            blocks: [Block(kind: .turn(speaker: 0), plain: "B: 1"), Block(kind: .turn(speaker: 1), plain: "A: 2")],
            turns: [Turn(speaker: 0, blocks: 0..<1), Turn(speaker: 1, blocks: 1..<2), Turn(speaker: 7, blocks: 1..<2)],
            speakers: [Speaker(name: "B"), Speaker(name: "A")])
        let index = UtteranceIndex(articles: [article])
        #expect(index.entries.map(\.name) == ["A", "B"])
        #expect(index.entries.map(\.turnCount) == [1, 1])
    }
}
