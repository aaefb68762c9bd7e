import HearsayModel
import HearsayTesting
@testable import HearsayUI
import Testing

/// The interview fixture's turns by speaker: 0 1 0 2 1 1 3 0 1 2 0 1
/// (0 主持人林晓, 1 Maria Keller, 2 王建国, 3 Guest).
@Suite struct DialogueNavigationTests {
    /// The dialogue view of the interview, cursor on turn 0.
    func dialogue(width: Int = 80, height: Int = 24) -> AppState {
        var app = AppState(corpus: UIFixtures.corpus, size: ScreenSize(width: width, height: height))
        KeyScript.send("<Enter> d", to: &app)
        return app
    }

    @Test func dOpensTheDialogueOnTheFirstTurn() {
        let app = dialogue()
        #expect(app.focus == .dialogue && app.dialogue.article == 1 && app.dialogue.cursor == 0)
    }

    @Test func nextAndPreviousTurn() {
        var app = dialogue()
        KeyScript.send("j j", to: &app); #expect(app.dialogue.cursor == 2)
        KeyScript.send("k", to: &app); #expect(app.dialogue.cursor == 1)
        KeyScript.send("<Down> <Down> <Up>", to: &app); #expect(app.dialogue.cursor == 2)
        KeyScript.send("G", to: &app); #expect(app.dialogue.cursor == 11)
        KeyScript.send("j", to: &app); #expect(app.dialogue.cursor == 11 && app.message == "last turn")
        KeyScript.send("g", to: &app); #expect(app.dialogue.cursor == 0)
        KeyScript.send("k", to: &app); #expect(app.dialogue.cursor == 0 && app.message == "first turn")
    }

    @Test func nextAndPreviousTurnBySameSpeaker() {
        var app = dialogue()
        KeyScript.send("j", to: &app) // turn 1, Maria Keller
        KeyScript.send("J", to: &app); #expect(app.dialogue.cursor == 4)
        KeyScript.send("J", to: &app); #expect(app.dialogue.cursor == 5)
        KeyScript.send("J", to: &app); #expect(app.dialogue.cursor == 8)
        KeyScript.send("J", to: &app); #expect(app.dialogue.cursor == 11)
        KeyScript.send("J", to: &app); #expect(app.dialogue.cursor == 11 && app.message == "no later turn by Maria Keller")
        KeyScript.send("K K", to: &app); #expect(app.dialogue.cursor == 5)
    }

    @Test func speakerNumberJumpsToThatSpeakersNextTurnAndWraps() {
        var app = dialogue()
        KeyScript.send("3", to: &app); #expect(app.dialogue.cursor == 3)
        KeyScript.send("3", to: &app); #expect(app.dialogue.cursor == 9)
        KeyScript.send("3", to: &app); #expect(app.dialogue.cursor == 3)
        KeyScript.send("4", to: &app); #expect(app.dialogue.cursor == 6)
        KeyScript.send("1", to: &app); #expect(app.dialogue.cursor == 7)
        KeyScript.send("5", to: &app)
        #expect(app.dialogue.cursor == 7 && app.message == "this article has 4 speakers")
    }

    @Test func nextAndPreviousChangeOfSpeaker() {
        var app = dialogue()
        KeyScript.send("j j j j", to: &app); #expect(app.dialogue.cursor == 4)
        KeyScript.send(">", to: &app); #expect(app.dialogue.cursor == 6)   // 5 is Maria again
        KeyScript.send(">", to: &app); #expect(app.dialogue.cursor == 7)
        KeyScript.send("<", to: &app); #expect(app.dialogue.cursor == 6)
        KeyScript.send("<", to: &app); #expect(app.dialogue.cursor == 4)   // start of Maria's run 4–5
        KeyScript.send("<", to: &app); #expect(app.dialogue.cursor == 3)
        KeyScript.send("w", to: &app); #expect(app.dialogue.cursor == 4)
    }

    @Test func filterToOneSpeakerShowsOnlyTheirTurns() {
        var app = dialogue()
        KeyScript.send("j s", to: &app) // cursor on Maria; the filter opens on her row
        guard case .speakerFilter(let filter)? = app.overlay else { Issue.record("no filter overlay"); return }
        #expect(filter.cursor == 1 && filter.checked == [0, 1, 2, 3])
        KeyScript.send("o <Enter>", to: &app)
        #expect(app.overlay == nil && app.dialogue.shownSpeakers == [1])
        #expect(app.dialogueNavigation?.shownTurns == [1, 4, 5, 8, 11])
        KeyScript.send("j", to: &app); #expect(app.dialogue.cursor == 4)
        KeyScript.send("j j j", to: &app); #expect(app.dialogue.cursor == 11)
        KeyScript.send("j", to: &app); #expect(app.dialogue.cursor == 11)
        KeyScript.send("g", to: &app); #expect(app.dialogue.cursor == 1)
        #expect(StatusBarView.location(for: app) == " Dialogue · 1/4 · turn 1/5 · only Maria Keller")
        // Asking for another speaker by number adds them to the filter.
        KeyScript.send("3", to: &app)
        #expect(app.dialogue.cursor == 3 && app.dialogue.shownSpeakers == [1, 2])
    }

    @Test func filterToggleAndAll() {
        var app = dialogue()
        KeyScript.send("s <Space> j <Space> <Enter>", to: &app) // uncheck 0 and 1
        #expect(app.dialogue.shownSpeakers == [2, 3])
        #expect(app.dialogue.cursor == 3) // turn 0 hidden: the nearest shown turn after it
        KeyScript.send("s a s", to: &app)
        #expect(app.dialogue.shownSpeakers == nil)
        KeyScript.send("g s <Space> j <Space> j <Space> j <Space> <Enter>", to: &app) // uncheck all
        #expect(app.dialogue.shownSpeakers == nil && app.message == "no speaker checked: showing all")
    }

    @Test func enterOpensTheReaderAtTheTurn() {
        var app = dialogue()
        KeyScript.send("9", to: &app) // no such speaker: stays
        KeyScript.send("j j j <Enter>", to: &app)
        #expect(app.focus == .reader)
        let turnBlock = UIFixtures.interview.turns[3].blocks.lowerBound
        #expect(app.reader.anchor == TextPosition(block: turnBlock, offset: 0))
        let layout = try! #require(app.reader.layout)
        #expect(app.reader.topLine == layout.lineIndex(containing: TextPosition(block: turnBlock, offset: 0)))
        KeyScript.send("q", to: &app)
        #expect(app.focus == .list)
    }

    @Test func qInTheDialogueGoesBackToTheReader() {
        var app = dialogue()
        KeyScript.send("q", to: &app)
        #expect(app.focus == .reader)
    }

    @Test func jumpsAcrossArticlesWithTheSameSpeaker() {
        var app = dialogue()
        KeyScript.send("j s o <Enter>", to: &app) // only Maria Keller
        KeyScript.send("]", to: &app)
        // List order by date: interview, feature (no turns), panel, note: the panel is next.
        #expect(app.dialogue.article == 3 && app.reader.article == 3 && app.list.selectedArticle == 3)
        #expect(app.dialogue.cursor == 1 && app.dialogue.shownSpeakers == [1])
        KeyScript.send("]", to: &app)
        #expect(app.dialogue.article == 3 && app.message == "no later article with Maria Keller")
        KeyScript.send("[", to: &app)
        #expect(app.dialogue.article == 1 && app.dialogue.cursor == 1 && app.dialogue.shownSpeakers == [1])
    }

    @Test func anArticleWithoutTurnsHasNoDialogueView() {
        var app = AppState(corpus: UIFixtures.corpus, size: ScreenSize(width: 80, height: 24))
        KeyScript.send("j <Enter> d", to: &app)
        #expect(app.focus == .reader && app.message == "this article has no dialogue")
    }
}
