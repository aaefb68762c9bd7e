import HearsayModel
import HearsaySearch
import HearsayTesting
import Testing

@testable import HearsayUI

/// `F speaker:"Maria Keller"` with no words: every turn of hers across the coverage (issue 18 item 11), where
/// it answered "0 matches". Maria Keller has five turns in the interview (article 1) and one in the panel (3).
@Suite struct SpeakerOnlySearchKeyTests {
    @Test func aSpeakerAloneListsAllTheirTurns() throws {
        var app = AppState(corpus: UIFixtures.corpus, size: ScreenSize(width: 80, height: 24))
        KeyScript.send("F " + SearchTyping.typed("speaker:\"Maria Keller\""), to: &app)
        app.finishSearchWork()
        KeyScript.send("<Enter>", to: &app)
        let results = try #require(app.search.results)
        #expect(results.matches.map(\.article) == [1, 1, 1, 1, 1, 3])
        #expect(results.matches.map(\.match.speaker) == [1, 1, 1, 1, 1, 1])
        #expect(CoverageResultsView.heading(for: results) == "Search “speaker:\"Maria Keller\"”: 6 matches in 2 articles · 1/6")
        #expect(app.message != "not found: speaker:\"Maria Keller\"")
    }
}
