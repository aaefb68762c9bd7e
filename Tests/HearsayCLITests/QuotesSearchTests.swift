import Foundation
import HearsayTesting
import Testing

/// `hearsay search --speaker`: what a person is quoted saying in prose is found with their turns.
@Suite(.enabled(if: HearsayBinary.available, Comment(rawValue: HearsayBinary.skipMessage)))
struct QuotesSearchTests {
    let folder: FixtureFolder

    init() throws {
        folder = try FixtureFolder(files: [
            "a-interview.md": """
            # 大桥访谈

            ## 对话

            李明: 大桥明年通车。

            记者: 大桥的预算呢？
            """,
            "b-news.md": """
            # 大桥新闻

            市长李明在发布会上表示：“大桥的预算不会超支。”记者们追问大桥的工期。
            """,
        ])
    }

    @Test func aSpeakersQuotesAreSearchedWithTheirTurns() throws {
        let output = try HearsayBinary.run(["search", "大桥", folder.path, "--speaker", "李明", "--width", "60"])
        #expect(output.status == 0)
        #expect(
            output.lines == [
                "大桥访谈  (a-interview.md)",
                "  [李明]                        大桥明年通车。",
                "",
                // Only the match inside the quotation: 大桥的工期 after it is the writer's.
                "大桥新闻  (b-news.md)",
                "  [李明]  …李明在发布会上表示：“大桥的预算不会超支。”记者们…",
            ])
    }

    @Test func jsonNamesTheQuotedSpeaker() throws {
        let output = try HearsayBinary.run(["search", "预算", folder.path, "--speaker", "李明", "--json"])
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(output.standardOutput.utf8)) as? [[String: Any]])
        #expect(objects.map { $0["article"] as? String } == ["b-news.md"])
        #expect(objects.first?["speaker"] as? String == "李明")
        #expect(objects.first?["turn"] is NSNull)
    }
}
