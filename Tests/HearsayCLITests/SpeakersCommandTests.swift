import Foundation
import HearsayTesting
import Testing

@Suite(.enabled(if: HearsayBinary.available, Comment(rawValue: HearsayBinary.skipMessage)))
struct SpeakersCommandTests {
    @Test func sampleSpeakersMostTurnsFirst() throws {
        let output = try HearsayBinary.run(["speakers"])
        #expect(output.status == 0)
        #expect(
            output.lines == [
                "SPEAKER       TURNS  QUOTES  ARTICLES",
                "Daniel Ortiz      4       0  chip-roundtable.md (4)",
                "主持人            4       0  ocean-lab-interview.md (4)",
                "周凯              4       0  chip-roundtable.md (4)",
                "林晓雯            4       0  chip-roundtable.md (4)",
                "陈志远            4       0  night-market-podcast.md (4)",
                "Hannah Lee        3       0  ocean-lab-interview.md (3)",
                "何美玲            3       0  night-market-podcast.md (3)",
                "Emma Clarke       2       0  night-market-podcast.md (2)",
                "吴建国            2       0  ocean-lab-interview.md (2)",
                "Raj Patel         1       0  night-market-podcast.md (1)",
                "王立群            0       1  river-city-budget.md (1)",
            ])
    }

    @Test func jsonListsArticlesPerSpeaker() throws {
        let output = try HearsayBinary.run(["speakers", "--json"])
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(output.standardOutput.utf8)) as? [[String: Any]])
        #expect(objects.count == 11)
        #expect(objects[0]["name"] as? String == "Daniel Ortiz")
        #expect(objects[0]["id"] as? String == "daniel ortiz")
        #expect(objects[0]["turns"] as? Int == 4)
        #expect(objects[0]["quotes"] as? Int == 0)
        #expect(objects[10]["name"] as? String == "王立群")
        #expect(objects[10]["quotes"] as? Int == 1)
        let articles = try #require(objects[0]["articles"] as? [[String: Any]])
        #expect(articles.map { $0["id"] as? String } == ["chip-roundtable.md"])
        #expect(articles.map { $0["turns"] as? Int } == [4])
    }

    @Test(.enabled(if: Seeds.available, Comment(rawValue: Seeds.skipMessage)))
    func seedSpeakers() throws {
        let output = try HearsayBinary.run(["speakers", Seeds.directory.path])
        #expect(
            output.lines == [
                "SPEAKER         TURNS  QUOTES  ARTICLES",
                "Jonas Andrulis     11       0  000_b09f4aadc0171de3.txt (11)",
                "Tom Mackenzie      11       0  000_b09f4aadc0171de3.txt (11)",
                "Caroline Hyde       9       0  003_1eb976177dc264a1.txt (9)",
                "Thomas Wolf         7       0  003_1eb976177dc264a1.txt (7)",
                "Mike Shepard        6       0  003_1eb976177dc264a1.txt (6)",
                "Guest               5       0  003_1eb976177dc264a1.txt (5)",
                "Ian King            3       0  003_1eb976177dc264a1.txt (3)",
                "马克龙              0       3  002_1373a89ae2b4ce52.txt (3)",
                "冯德莱恩            0       2  001_76943739dec701f9.txt (2)",
                "Donald Trump        1       0  003_1eb976177dc264a1.txt (1)",
                "Politico            0       1  001_76943739dec701f9.txt (1)",
                "万斯                0       1  001_76943739dec701f9.txt (1)",
                "阿莫迪              0       1  001_76943739dec701f9.txt (1)",
            ])
    }
}

/// `hearsay speakers` on coverage written in both scripts, with roles, and with the user's speakers.toml.
@Suite(.enabled(if: HearsayBinary.available, Comment(rawValue: HearsayBinary.skipMessage)))
struct SpeakersIdentityCommandTests {
    static let files = [
        "a.md": "唐鳳：開放政府。\n\nGuest: 第一位嘉宾。\n\n唐鳳：好的。\n\nGuest: 谢谢。\n",
        "b.md": "唐凤：开放政府。\n\nGuest: 第二位嘉宾。\n\n唐凤：好的。\n\nGuest: 再见。\n\n马克龙：加快。\n\nGuest: 好。\n\n马克龙：谢谢。\n",
    ]

    func objects(_ output: HearsayBinary.Output) throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: Data(output.standardOutput.utf8)) as? [[String: Any]])
    }

    @Test func onePersonInBothScriptsAndOneGuestPerArticle() throws {
        let folder = try FixtureFolder(files: Self.files)
        let config = try FixtureFolder(files: [:])
        let output = try HearsayBinary.run(["speakers", "--json", folder.path], environment: ["XDG_CONFIG_HOME": config.path])
        let objects = try objects(output)
        #expect(objects.map { $0["name"] as? String } == ["唐鳳", "Guest", "Guest", "马克龙"])
        #expect(objects.map { $0["id"] as? String } == ["唐凤", "guest@b.md", "guest@a.md", "马克龙"])
        #expect(objects.map { $0["turns"] as? Int } == [4, 3, 2, 2])
        #expect(objects[0]["aliases"] as? [String] == ["唐凤"])
        let articles = try #require(objects[0]["articles"] as? [[String: Any]])
        #expect(articles.map { $0["id"] as? String } == ["a.md", "b.md"])
        #expect(articles.map { $0["turns"] as? Int } == [2, 2])
    }

    @Test func speakersTomlIsAppliedEverywhere() throws {
        // c.md quotes 马克龙 in prose: the rename reaches quotations as it reaches turns.
        let folder = try FixtureFolder(files: Self.files.merging(["c.md": "“我们会加快投资。”马克龙在峰会上表示。\n"]) { $1 })
        let config = try FixtureFolder(files: ["hearsay/speakers.toml": "马克龙 = \"Emmanuel Macron\"\n\"Guest@a.md\" = \"唐鳳\"\n"])
        let environment = ["XDG_CONFIG_HOME": config.path]
        let output = try HearsayBinary.run(["speakers", "--json", folder.path], environment: environment)
        let objects = try objects(output)
        // Three utterances each for Macron and the guest: ties go by name.
        #expect(objects.map { $0["name"] as? String } == ["唐鳳", "Emmanuel Macron", "Guest"])
        #expect(objects.map { $0["turns"] as? Int } == [6, 2, 3])
        #expect(objects.map { $0["quotes"] as? Int } == [0, 1, 0])
        #expect(objects[0]["aliases"] as? [String] == ["Guest", "唐凤"])
        #expect(objects[1]["aliases"] as? [String] == ["马克龙"])
        let table = try HearsayBinary.run(["speakers", folder.path], environment: environment)
        #expect(
            table.lines == [
                "SPEAKER          TURNS  QUOTES  ARTICLES",
                "唐鳳                 6       0  a.md (4), b.md (2)",
                "Emmanuel Macron      2       1  b.md (2), c.md (1)",
                "Guest                3       0  b.md (3)",
            ])
        let broken = try FixtureFolder(files: ["hearsay/speakers.toml": "[colours]\n"])
        let check = try HearsayBinary.run(["check", folder.path], environment: ["XDG_CONFIG_HOME": broken.path])
        #expect(check.status == 1)
        #expect(
            check.lines == [
                "\(broken.path)/hearsay/speakers.toml:1: error: unknown section [colours]; expected [rename], [merge] or [split]",
                "3 articles; 1 error, 0 warnings",
            ])
    }
}
