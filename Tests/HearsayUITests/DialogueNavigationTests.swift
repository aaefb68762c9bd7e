import HearsayModel
import HearsayTesting
import Testing

@testable import HearsayUI

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
        KeyScript.send("j", to: &app)  // turn 1, Maria Keller
        KeyScript.send("J", to: &app); #expect(app.dialogue.cursor == 4)
        KeyScript.send("J", to: &app); #expect(app.dialogue.cursor == 5)
        KeyScript.send("J", to: &app); #expect(app.dialogue.cursor == 8)
        KeyScript.send("J", to: &app); #expect(app.dialogue.cursor == 11)
        KeyScript.send("J", to: &app); #expect(app.dialogue.cursor == 11 && app.message == "no later turn by Maria Keller")
        KeyScript.send("K K", to: &app); #expect(app.dialogue.cursor == 5)
    }

    @Test func speakerNumberJumpsToThatSpeakersNextTurnAndSaysWhenItWraps() {
        var app = dialogue()
        KeyScript.send("3", to: &app); #expect(app.dialogue.cursor == 3 && app.message == nil)
        KeyScript.send("3", to: &app); #expect(app.dialogue.cursor == 9 && app.message == nil)
        KeyScript.send("3", to: &app)
        #expect(app.dialogue.cursor == 3 && app.message == "wrapped to the first turn by 王建国")
        KeyScript.send("4", to: &app); #expect(app.dialogue.cursor == 6 && app.message == nil)
        KeyScript.send("4", to: &app); #expect(app.dialogue.cursor == 6 && app.message == "no other turn by Guest")
        KeyScript.send("1", to: &app); #expect(app.dialogue.cursor == 7 && app.message == nil)
        KeyScript.send("5", to: &app)
        #expect(app.dialogue.cursor == 7 && app.message == "this article has 4 speakers")
    }

    /// At 80×10 the view has 8 rows. The interview's turns start on lines 0 2 5 7 11 13 15 17
    /// 19 21 23 25 (turns 0–11), and the last top line is 18. A page (Space, PgDn, Ctrl-d) puts
    /// the cursor on the last turn starting at most 7 lines below its turn's start; back (b,
    /// PgUp, Ctrl-u) on the first starting at most 7 above.
    @Test func pagesByAScreenfulOfTurnsWithEveryKey() {
        var app = dialogue(height: 10)
        func after(_ keys: String) -> [Int] {
            KeyScript.send(keys, to: &app)
            return [app.dialogue.cursor ?? -1, app.dialogue.topLine]
        }
        #expect(after("<Space>") == [3, 0])  // line 7
        #expect(after("<Space>") == [5, 6])  // line 13, shown to its end
        #expect(after("<PgDn>") == [8, 12])  // line 19
        #expect(after("<C-d>") == [11, 18])  // line 25, the last turn
        #expect(after("<Space>") == [11, 18])
        #expect(after("b") == [8, 18])  // line 19: 25 - 7 = 18 is the goal
        #expect(after("<PgUp>") == [5, 13])  // line 13
        #expect(after("<C-u>") == [3, 7])  // line 7: 13 - 7 = 6 is the goal
        #expect(after("b") == [0, 0])
        #expect(after("b") == [0, 0])
    }

    @Test func nextAndPreviousChangeOfSpeaker() {
        var app = dialogue()
        KeyScript.send("j j j j", to: &app); #expect(app.dialogue.cursor == 4)
        KeyScript.send(">", to: &app); #expect(app.dialogue.cursor == 6)  // 5 is Maria again
        KeyScript.send(">", to: &app); #expect(app.dialogue.cursor == 7)
        KeyScript.send("<", to: &app); #expect(app.dialogue.cursor == 6)
        KeyScript.send("<", to: &app); #expect(app.dialogue.cursor == 4)  // start of Maria's run 4–5
        KeyScript.send("<", to: &app); #expect(app.dialogue.cursor == 3)
        KeyScript.send("w", to: &app); #expect(app.dialogue.cursor == 4)
    }

    @Test func filterToOneSpeakerShowsOnlyTheirTurns() {
        var app = dialogue()
        KeyScript.send("j s", to: &app)  // cursor on Maria; the filter opens on her row
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
        // Numbers count the speakers shown: 1 is Maria, and 2 never widens the filter.
        KeyScript.send("2", to: &app)
        #expect(app.dialogue.cursor == 1 && app.dialogue.shownSpeakers == [1] && app.message == "1 speaker shown (s chooses)")
        KeyScript.send("1", to: &app)
        #expect(app.dialogue.cursor == 4 && app.dialogue.shownSpeakers == [1] && app.message == nil)
    }

    /// Filtered to Maria Keller (1) and 王建国 (2), whose turns are 1 3 4 5 8 9 11.
    @Test func numberKeysReachTheNthShownSpeakerInAFilteredDialogue() {
        var app = dialogue()
        KeyScript.send("s 1 4 <Enter>", to: &app)
        #expect(app.dialogue.shownSpeakers == [1, 2] && app.dialogue.cursor == 1)
        KeyScript.send("2", to: &app); #expect(app.dialogue.cursor == 3 && app.message == nil)
        KeyScript.send("2", to: &app); #expect(app.dialogue.cursor == 9 && app.message == nil)
        KeyScript.send("1", to: &app); #expect(app.dialogue.cursor == 11 && app.message == nil)
        KeyScript.send("1", to: &app)
        #expect(app.dialogue.cursor == 1 && app.message == "wrapped to the first turn by Maria Keller")
        KeyScript.send("3", to: &app)
        #expect(app.dialogue.cursor == 1 && app.message == "2 speakers shown (s chooses)")
        #expect(app.dialogue.shownSpeakers == [1, 2])
        KeyScript.send("4", to: &app)
        #expect(app.dialogue.cursor == 1 && app.dialogue.shownSpeakers == [1, 2])
    }

    @Test func filterToggleAndAll() {
        var app = dialogue()
        KeyScript.send("s <Space> j <Space> <Enter>", to: &app)  // uncheck 0 and 1
        #expect(app.dialogue.shownSpeakers == [2, 3])
        #expect(app.dialogue.cursor == 3)  // turn 0 hidden: the nearest shown turn after it
        KeyScript.send("s a s", to: &app)
        #expect(app.dialogue.shownSpeakers == nil)
        KeyScript.send("g s <Space> j <Space> j <Space> j <Space> <Enter>", to: &app)  // uncheck all
        #expect(app.dialogue.shownSpeakers == nil && app.message == "no speaker checked: showing all")
    }

    @Test func enterOpensTheReaderAtTheTurnAndQGoesBackToTheDialogue() {
        var app = dialogue()
        KeyScript.send("9", to: &app)  // no such speaker: stays
        KeyScript.send("j j j <Enter>", to: &app)
        #expect(app.focus == .reader)
        let turnBlock = UIFixtures.interview.turns[3].blocks.lowerBound
        #expect(app.reader.anchor == TextPosition(block: turnBlock, offset: 0))
        let layout = try! #require(app.reader.layout)
        #expect(app.reader.topLine == layout.lineIndex(containing: TextPosition(block: turnBlock, offset: 0)))
        // Back where the user came from: the dialogue (cursor where it was), the reader, the list.
        KeyScript.send("q", to: &app)
        #expect(app.focus == .dialogue && app.dialogue.cursor == 3)
        KeyScript.send("q", to: &app); #expect(app.focus == .reader)
        KeyScript.send("<Esc>", to: &app); #expect(app.focus == .list)
    }

    @Test func goingBackAndForthBetweenReaderAndDialogueDoesNotPileUpBackSteps() {
        var app = dialogue()
        KeyScript.send("<Enter> d <Enter> d <Enter> d", to: &app)
        #expect(app.focus == .dialogue && app.navigator.trailViews == [.list, .reader])
        KeyScript.send("q", to: &app); #expect(app.focus == .reader)
        KeyScript.send("q", to: &app); #expect(app.focus == .list)
        KeyScript.send("<Enter> d <Enter>", to: &app)
        #expect(app.focus == .reader && app.navigator.trailViews == [.list, .reader, .dialogue])
        // h and ← in the reader go back the same way as q.
        KeyScript.send("h", to: &app); #expect(app.focus == .dialogue)
        KeyScript.send("q", to: &app); #expect(app.focus == .reader)
        KeyScript.send("<Left>", to: &app); #expect(app.focus == .list && app.navigator.trailViews == [])
    }

    @Test func qInTheDialogueGoesBackToTheReaderItCameFrom() {
        var app = dialogue()
        KeyScript.send("q", to: &app)
        #expect(app.focus == .reader)
    }

    /// A panel of twelve speakers, one turn each: at 80×10 the filter box shows 6 of them.
    @Test func speakerFilterMovesLikeEveryList() {
        var builder = FixtureArticleBuilder(id: "twelve.md", title: "Twelve voices")
        builder.heading("详细对话")
        for number in 1...12 { builder.turn("Speaker \(number)", "Turn \(number).") }
        var app = AppState(corpus: Corpus(articles: [builder.article]), size: ScreenSize(width: 80, height: 10))
        KeyScript.send("<Enter> d", to: &app)
        func cursor(after keys: String) -> Int? {
            KeyScript.send(keys, to: &app)
            guard case .speakerFilter(let filter)? = app.overlay else { return nil }
            return filter.cursor
        }
        #expect(cursor(after: "s") == 0)
        #expect(cursor(after: "<PgDn>") == 6)
        #expect(cursor(after: "<C-f>") == 11)
        #expect(cursor(after: "<PgUp>") == 5)
        #expect(cursor(after: "<C-b>") == 0)
        #expect(cursor(after: "G") == 11)
        #expect(cursor(after: "g") == 0)
        #expect(cursor(after: "<End>") == 11)
        #expect(cursor(after: "<Home>") == 0)
        #expect(cursor(after: "<Down> j") == 2)
        #expect(cursor(after: "<Up> k") == 0)
        #expect(cursor(after: "b") == 0)
        // Space toggles here rather than paging.
        KeyScript.send("<Space>", to: &app)
        guard case .speakerFilter(let filter)? = app.overlay else { Issue.record("no filter overlay"); return }
        #expect(filter.cursor == 0 && !filter.checked.contains(0))
        // G then o: only the last speaker.
        KeyScript.send("G o <Enter>", to: &app)
        #expect(app.overlay == nil && app.dialogue.shownSpeakers == [11] && app.dialogue.cursor == 11)
    }

    @Test func escCancelsTheChangesMadeInTheFilterAndEnterAppliesThem() {
        var app = dialogue()
        KeyScript.send("s 1 2 <Esc>", to: &app)
        #expect(app.overlay == nil && app.focus == .dialogue && app.dialogue.shownSpeakers == nil)
        KeyScript.send("s 1 2 <Enter>", to: &app)
        #expect(app.overlay == nil && app.dialogue.shownSpeakers == [2, 3])
        // Cancelling keeps the filter applied before, not merely the unfiltered view.
        KeyScript.send("s a o <Esc>", to: &app)
        #expect(app.overlay == nil && app.dialogue.shownSpeakers == [2, 3])
        KeyScript.send("s", to: &app)
        guard case .speakerFilter(let filter)? = app.overlay else { Issue.record("no filter overlay"); return }
        #expect(filter.checked == [2, 3])
        #expect(StatusBarView.hints(for: app).prefix(3) == ["Enter apply", "Esc cancel", "Space toggle"])
        let help = HelpContent(keymap: app.keymap).lines
        #expect(help.contains(.binding(keys: "Esc", help: "cancel the changes and close")))
        #expect(help.contains(.binding(keys: "Enter s q", help: "apply and close")))
    }

    @Test func speakerNumbersToggleThatSpeakerInTheFilter() {
        var app = dialogue()
        KeyScript.send("s 2", to: &app)
        guard case .speakerFilter(let filter)? = app.overlay else { Issue.record("no filter overlay"); return }
        #expect(filter.cursor == 1 && filter.checked == [0, 2, 3])
        KeyScript.send("4 2 3", to: &app)
        guard case .speakerFilter(let again)? = app.overlay else { Issue.record("no filter overlay"); return }
        #expect(again.cursor == 2 && again.checked == [0, 1])
        KeyScript.send("5", to: &app)
        #expect(app.message == "this article has 4 speakers")
        KeyScript.send("<Enter>", to: &app)
        #expect(app.dialogue.shownSpeakers == [0, 1])
    }

    @Test func jumpsAcrossArticlesWithTheSameSpeaker() {
        var app = dialogue()
        KeyScript.send("j s o <Enter>", to: &app)  // only Maria Keller
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
