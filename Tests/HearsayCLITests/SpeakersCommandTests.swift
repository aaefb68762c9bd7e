import Foundation
import HearsayTesting
import Testing

@Suite(.enabled(if: HearsayBinary.available, Comment(rawValue: HearsayBinary.skipMessage)))
struct SpeakersCommandTests {
    @Test func sampleSpeakersMostTurnsFirst() throws {
        let output = try HearsayBinary.run(["speakers"])
        #expect(output.status == 0)
        #expect(output.lines == [
            "SPEAKER       TURNS  ARTICLES",
            "Daniel Ortiz      4  chip-roundtable.md (4)",
            "主持人            4  ocean-lab-interview.md (4)",
            "周凯              4  chip-roundtable.md (4)",
            "林晓雯            4  chip-roundtable.md (4)",
            "陈志远            4  night-market-podcast.md (4)",
            "Hannah Lee        3  ocean-lab-interview.md (3)",
            "何美玲            3  night-market-podcast.md (3)",
            "Emma Clarke       2  night-market-podcast.md (2)",
            "吴建国            2  ocean-lab-interview.md (2)",
            "Raj Patel         1  night-market-podcast.md (1)",
        ])
    }

    @Test func jsonListsArticlesPerSpeaker() throws {
        let output = try HearsayBinary.run(["speakers", "--json"])
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(output.standardOutput.utf8)) as? [[String: Any]])
        #expect(objects.count == 10)
        #expect(objects[0]["name"] as? String == "Daniel Ortiz")
        #expect(objects[0]["id"] as? String == "daniel ortiz")
        #expect(objects[0]["turns"] as? Int == 4)
        let articles = try #require(objects[0]["articles"] as? [[String: Any]])
        #expect(articles.map { $0["id"] as? String } == ["chip-roundtable.md"])
        #expect(articles.map { $0["turns"] as? Int } == [4])
    }

    @Test(.enabled(if: Seeds.available, Comment(rawValue: Seeds.skipMessage)))
    func seedSpeakers() throws {
        let output = try HearsayBinary.run(["speakers", Seeds.directory.path])
        #expect(output.lines == [
            "SPEAKER         TURNS  ARTICLES",
            "Jonas Andrulis     11  000_b09f4aadc0171de3.txt (11)",
            "Tom Mackenzie      11  000_b09f4aadc0171de3.txt (11)",
            "Caroline Hyde       9  003_1eb976177dc264a1.txt (9)",
            "Thomas Wolf         7  003_1eb976177dc264a1.txt (7)",
            "Mike Shepard        6  003_1eb976177dc264a1.txt (6)",
            "Guest               5  003_1eb976177dc264a1.txt (5)",
            "Ian King            3  003_1eb976177dc264a1.txt (3)",
            "Donald Trump        1  003_1eb976177dc264a1.txt (1)",
        ])
    }
}
