import Foundation
import HearsayTesting
import Testing

@Suite(.enabled(if: HearsayBinary.available, Comment(rawValue: HearsayBinary.skipMessage)))
struct QuotesCommandTests {
    /// An invented news item in Chinese and one in English, written afresh for each test.
    let folder: FixtureFolder

    init() throws {
        folder = try FixtureFolder(files: Self.files)
    }

    static let files: [String: String] = [
        "a-bridge.md": """
        ---
        title: "新桥明年通车"
        date: "2026-03-01"
        ---

        市长李明在发布会上表示：“新桥明年通车，我们会按时完成。”这座所谓的“网红桥”已经修了三年。

        合同第三条规定：“乙方应在十日内付清全部款项。”
        """,
        "b-river.md": """
        # The river plan

        "The river must be cleared before the floods," Hai Wang said at the annual forum. "We start in May."

        Mayor Li Ming said: "The bridge opens next year."
        """,
    ]

    @Test func listsAttributedQuotesByArticle() throws {
        let output = try HearsayBinary.run(["quotes", folder.path])
        #expect(output.status == 0)
        #expect(
            output.lines == [
                "新桥明年通车  (a-bridge.md)",
                "  李明 (市长): “新桥明年通车，我们会按时完成。”",
                "",
                "The river plan  (b-river.md)",
                "  Hai Wang: “The river must be cleared before the floods,”",
                "  Hai Wang: “We start in May.”",
                "  Li Ming (Mayor): “The bridge opens next year.”",
            ])
    }

    @Test func allAddsQuotesWithoutASpeaker() throws {
        let output = try HearsayBinary.run(["quotes", "--all", folder.path + "/a-bridge.md"])
        #expect(
            output.lines == [
                "新桥明年通车  (a-bridge.md)",
                "  李明 (市长): “新桥明年通车，我们会按时完成。”",
                "  (unattributed): “乙方应在十日内付清全部款项。”",
            ])
    }

    @Test func speakerMatchesPartOfTheNameIgnoringCaseAndWidth() throws {
        let output = try HearsayBinary.run(["quotes", "--speaker", "ＬＩ ming", folder.path])
        #expect(output.lines == ["The river plan  (b-river.md)", "  Li Ming (Mayor): “The bridge opens next year.”"])
        let nobody = try HearsayBinary.run(["quotes", "--speaker", "Nobody", folder.path])
        #expect(nobody.status == 1)
        #expect(nobody.standardOutput.isEmpty)
    }

    @Test func jsonGivesCodePointOffsetsAndNullSpeakers() throws {
        let output = try HearsayBinary.run(["quotes", "--all", "--json", folder.path + "/a-bridge.md"])
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(output.standardOutput.utf8)) as? [[String: Any]])
        #expect(objects.count == 2)
        #expect(Set(objects[0].keys) == ["article", "speaker", "title", "text", "start", "end", "sentence"])
        #expect(objects[0]["article"] as? String == "a-bridge.md")
        #expect(objects[0]["speaker"] as? String == "李明")
        #expect(objects[0]["title"] as? String == "市长")
        #expect(objects[0]["text"] as? String == "新桥明年通车，我们会按时完成。")
        // `市长李明在发布会上表示：“` is 13 code points (39 bytes of UTF-8).
        #expect(objects[0]["start"] as? Int == 13)
        #expect(objects[0]["end"] as? Int == 28)
        #expect(objects[0]["sentence"] as? String == "市长李明在发布会上表示：“新桥明年通车，我们会按时完成。”")
        #expect(objects[1]["speaker"] is NSNull)
        #expect(objects[1]["title"] is NSNull)
        #expect(objects[1]["sentence"] as? String == "合同第三条规定：“乙方应在十日内付清全部款项。”")
        let attributedOnly = try HearsayBinary.run(["quotes", "--json", folder.path + "/a-bridge.md"])
        #expect((try JSONSerialization.jsonObject(with: Data(attributedOnly.standardOutput.utf8)) as? [Any])?.count == 1)
    }

    @Test func theSampleCorpusQuotesOneCouncillor() throws {
        let output = try HearsayBinary.run(["quotes"])
        #expect(
            output.lines == [
                "江城市议会通过新预算，公共交通获最大份额  (river-city-budget.md)",
                "  王立群 (投反对票的议员): “我们支持防洪，但预算里有太多一次性的收入。”",
            ])
    }

    @Test(.enabled(if: Seeds.available, Comment(rawValue: Seeds.skipMessage)))
    func seedQuotesOfOneSpeaker() throws {
        let output = try HearsayBinary.run(["quotes", "--speaker", "马克龙", "--json", Seeds.directory.path])
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(output.standardOutput.utf8)) as? [[String: Any]])
        #expect(objects.map { $0["article"] as? String } == Array(repeating: "002_1373a89ae2b4ce52.txt", count: 3))
        #expect(objects.map { $0["title"] as? String } == ["法国总统", "法国总统", "法国总统"])
        #expect(objects.map { $0["start"] as? Int } == [166, 228, 716])
    }
}
