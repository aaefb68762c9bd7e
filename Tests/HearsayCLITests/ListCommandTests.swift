import Foundation
import HearsayTesting
import Testing

@Suite(.enabled(if: HearsayBinary.available, Comment(rawValue: HearsayBinary.skipMessage)))
struct ListCommandTests {
    @Test func listsTheSampleCorpusInAlignedColumns() throws {
        let output = try HearsayBinary.run(["list"])
        #expect(output.status == 0)
        #expect(output.standardError.isEmpty)
        #expect(
            output.lines == [
                "DATE        TITLE                                     SOURCE            SPEAKERS  TURNS  KEY POINTS  MARKS",
                "-           芯片圆桌：小厂如何在算力寒冬里活下来      example.com              3     12           4      0",
                "2024-11-03  江城市议会通过新预算，公共交通获最大份额  news.example.org         0      0           0      0",
                "-           夜市经济播客：一条街的三种生意            example.com              4     10           3      0",
                "-           深海实验室：一次七千米下潜的幕后          example.org              3      9           3      0",
                "2025-03-18  Old Library, New Readers: 旧馆改造一年记  example.org              0      0           0      0",
            ])
    }

    @Test func jsonIsAnArrayOfArticles() throws {
        let output = try HearsayBinary.run(["list", "--json"])
        #expect(output.status == 0)
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(output.standardOutput.utf8)) as? [[String: Any]])
        #expect(
            objects.map { $0["id"] as? String } == [
                "chip-roundtable.md", "river-city-budget.md", "night-market-podcast.md",
                "ocean-lab-interview.md", "library-renovation.md",
            ])
        #expect(objects.map { $0["turns"] as? Int } == [12, 0, 10, 9, 0])
        #expect(objects[2]["speakers"] as? [String] == ["陈志远", "何美玲", "Emma Clarke", "Raj Patel"])
    }

    @Test(.enabled(if: Seeds.available, Comment(rawValue: Seeds.skipMessage)))
    func listsTheSeeds() throws {
        let output = try HearsayBinary.run(["list", Seeds.directory.path])
        #expect(output.status == 0)
        #expect(output.lines.count == 6)
        // The first title is longer than 48 columns and is cut with `...`.
        #expect(output.lines[1].hasSuffix("...  youtube.com         2     22           5      0"))
        // The second is the front-matter title of seed 001 (read here, not quoted: seed text is not ours).
        let seed = try String(contentsOf: Seeds.url("001_76943739dec701f9.txt"), encoding: .utf8)
        let titleLine = try #require(seed.split(separator: "\n").first { $0.hasPrefix("title: ") })
        let title = titleLine.dropFirst("title: ".count).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        #expect(output.lines[2].hasPrefix("2025-02-12  " + title + "          new.qq.com "))
        #expect(output.lines[2].hasSuffix(" new.qq.com          0      0           0      0"))
    }

    /// KEY POINTS are the article's 亮点; MARKS are the user's highlights in the state database (issue 18 item 7).
    @Test func keyPointsAndMarksAreCountedApart() throws {
        let folder = try FixtureFolder(files: ["a.md": "# 桥\n\n## 亮点\n\n- 一\n- 二\n\n## 正文\n\n大桥明年通车。预算不会超支。\n"])
        let state = ["--state-dir", folder.path + "/state"]
        for exact in ["大桥明年通车", "预算不会超支"] {
            let added = try HearsayBinary.run(["highlights", "_add", "--article", "a.md", "--exact", exact, folder.path + "/a.md"] + state)
            #expect(added.status == 0, "\(added.standardError)")
        }
        let table = try HearsayBinary.run(["list", folder.path + "/a.md"] + state)
        #expect(
            table.lines == [
                "DATE  TITLE  SOURCE  SPEAKERS  TURNS  KEY POINTS  MARKS", "-     桥     -              0      0           2      2",
            ])
        let json = try HearsayBinary.run(["list", "--json", folder.path + "/a.md"] + state)
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [[String: Any]])
        #expect(objects.first?["keyPoints"] as? Int == 2)
        #expect(objects.first?["marks"] as? Int == 2)
        #expect(objects.first?["highlights"] == nil)
        let noState = try HearsayBinary.run(["list", "--no-state", folder.path + "/a.md"] + state)
        #expect(noState.lines.last == "-     桥     -              0      0           2      0")
    }

    @Test func loadingProblemsAreSummarisedOnStandardError() throws {
        let folder = try FixtureFolder(files: ["a.md": "# 好\n", "b.md": ""])
        let output = try HearsayBinary.run(["list", folder.path])
        #expect(output.status == 0)
        #expect(
            output.lines == [
                "DATE  TITLE  SOURCE  SPEAKERS  TURNS  KEY POINTS  MARKS", "-     好     -              0      0           0      0",
            ])
        #expect(output.standardError == "hearsay: 0 error(s), 1 warning(s) while loading; run `hearsay check` for details\n")
    }

    @Test func aMissingPathIsNamedOnStandardError() throws {
        // Nothing else was given: an error (exit 2), not an empty table.
        let output = try HearsayBinary.run(["list", "/nonexistent-hearsay-path"])
        #expect(output.status == 2)
        #expect(output.lines == [])
        #expect(output.standardError == "hearsay: /nonexistent-hearsay-path: error: cannot read: No such file or directory\n")
    }
}
