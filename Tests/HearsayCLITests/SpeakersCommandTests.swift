import Foundation
import HearsayTesting
import Testing

@Suite(.enabled(if: HearsayBinary.available, Comment(rawValue: HearsayBinary.skipMessage)))
struct SpeakersCommandTests {
    @Test func sampleSpeakersMostTurnsFirst() throws {
        let output = try HearsayBinary.run(["speakers"])
        #expect(output.status == 0)
        #expect(output.lines == [
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
        #expect(output.lines == [
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
