import HearsayLayout
import HearsayModel
import HearsayTesting
import HearsayTheme
import Testing

@testable import HearsayUI

/// A dialogue filtered to some speakers shows, dimmed, the turn just before each shown turn
/// (usually the question); `c` hides and shows it again. The cursor never lands on it.
@Suite struct DialogueContextTests {
    /// The interview's turns by speaker: 0 1 0 2 1 1 3 0 1 2 0 1 (Maria Keller is 1).
    static func mariaOnly(_ more: String = "") -> AppState {
        var app = AppState(corpus: UIFixtures.corpus, size: ScreenSize(width: 80, height: 24))
        KeyScript.send("<Enter> d j s o <Enter> " + more, to: &app)
        return app
    }

    /// The turns laid out in the dialogue view, in order.
    static func laidOutTurns(_ app: AppState) -> [Int] {
        guard let layout = app.dialogue.layout else { return [] }
        var turns: [Int] = []
        var line = 0
        while layout.hasLine(line) {
            if let turn = layout.line(line).turn, turns.last != turn { turns.append(turn) }
            line += 1
        }
        return turns
    }

    @Test func theTurnBeforeEachShownTurnIsLaidOutAsContext() throws {
        var app = Self.mariaOnly()
        #expect(app.dialogue.shownSpeakers == [1])
        // Maria's turns 1 4 5 8 11, each after the turn before it unless that is hers too (4 → 5).
        #expect(Self.laidOutTurns(app) == [0, 1, 3, 4, 5, 7, 8, 10, 11])
        let article = try #require(app.dialogue.layout?.article)
        let mode = try #require(app.dialogue.layout?.mode)
        #expect(article.turns.indices.filter { mode.isContext($0, of: article) } == [0, 3, 7, 10])
        // Moves visit only Maria's turns.
        var visited: [Int?] = [app.dialogue.cursor]
        for _ in 0..<5 {
            KeyScript.send("j", to: &app)
            visited.append(app.dialogue.cursor)
        }
        #expect(visited == [1, 4, 5, 8, 11, 11])
    }

    @Test func contextTurnsAreDrawnDimmed() {
        let app = Self.mariaOnly()
        let screen = ScreenRenderer().render(app)
        let question = (0..<24).first { screen.rowText($0).contains("主持人林晓: 欢迎两位") }
        let answer = (0..<24).first { screen.rowText($0).contains("Maria Keller: Cheaper") }
        guard let question, let answer else {
            Issue.record("rows not found")
            return
        }
        #expect(screen[3, question].style.attributes.contains(.dim))
        #expect(!screen[3, answer].style.attributes.contains(.dim))
    }

    @Test func cHidesTheContextAndShowsItAgain() {
        var app = Self.mariaOnly("j")
        KeyScript.send("c", to: &app)
        #expect(app.message == "context hidden" && !app.dialogue.showsContext)
        #expect(Self.laidOutTurns(app) == [1, 4, 5, 8, 11])
        #expect(app.dialogue.cursor == 4)
        KeyScript.send("c", to: &app)
        #expect(app.message == "context shown" && Self.laidOutTurns(app) == [0, 1, 3, 4, 5, 7, 8, 10, 11])
        // Unfiltered there is no context to show: c says so.
        KeyScript.send("s a <Enter> c", to: &app)
        #expect(app.message == "context hidden (it shows in a filtered view)")
        #expect(Self.laidOutTurns(app) == Array(0..<12))
    }
}
