import Foundation
import HearsayModel
import Testing

/// Every fixture gives exactly its turn list; the corpus-wide precision and recall are printed
/// (`swift test --filter TurnFixtureTests` shows them; see Benchmarks/TURNS.md).
struct TurnFixtureTests {
    @Test func theCorpusHasEveryLanguageAndAtLeastThirtyFiles() {
        let names = TurnFixture.all.map(\.name)
        #expect(names.count >= 30)
        for language in [".zh-Hans.md", ".zh-Hant.md", ".ja.md", ".en.md"] {
            #expect(names.contains { $0.hasSuffix(language) }, "no \(language) fixture")
        }
    }

    @Test(arguments: TurnFixture.all)
    func turnsAreExactly(_ fixture: TurnFixture) throws {
        let article = try #require(fixture.article())
        #expect(fixture.actualLines(article) == fixture.expectedLines)
    }

    @Test func turnAttributionOnTheFixtureCorpus() {
        let score = TurnAttributionScore.of(TurnFixture.all)
        print("turn attribution on \(TurnFixture.all.count) fixture files: \(score)")
        #expect(score.precision == 1)
        #expect(score.recall == 1)
    }
}
