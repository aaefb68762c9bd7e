import Testing

@testable import HearsayModel

/// Where a turn's words begin, after the speaker's name and its colon, as the parser writes them.
struct BlockWordsTests {
    func blocks(_ text: String) throws -> [Block] {
        try #require(ArticleParser().parse(text, id: "words.md").article).blocks
    }

    @Test func afterTheNameAndEitherColon() throws {
        let parsed = try blocks("# 访谈\n\n## 详细对话\n主持人林晓: 你好。\n\nMaria Keller：谢谢。\n\n第二段，无人名。\n")
        let turns = parsed.filter { if case .turn = $0.kind { true } else { false } }
        #expect(turns.count == 2)
        #expect(turns[0].wordsStart == "主持人林晓: ".utf8.count)
        #expect(turns[1].wordsStart == "Maria Keller：".utf8.count)
        let others = parsed.filter { if case .turn = $0.kind { false } else { true } }
        #expect(others.count == 2)  // the 详细对话 heading and the second paragraph of a turn (no name)
        #expect(others.allSatisfy { $0.wordsStart == 0 })
    }

    @Test func aNameWithNothingAfterIt() {
        let block = Block(kind: .turn(speaker: 0), text: "Ann:", spans: [InlineSpan(style: .speakerName, range: 0..<3)], sourceLine: 1)
        #expect(block.wordsStart == 4)
    }
}
