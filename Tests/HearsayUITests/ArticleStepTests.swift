import HearsayModel
import HearsayTesting
import Testing

@testable import HearsayUI

/// Ctrl-n / Ctrl-p / U from the reader and the dialogue view: the next, previous and next
/// unread article in list order (interview, feature, panel, note by date), without the list.
@Suite struct ArticleStepTests {
    /// Corpus indices: feature 0, interview 1, note 2, panel 3.
    func app(_ keys: String) -> AppState {
        var app = AppState(corpus: UIFixtures.corpus, size: ScreenSize(width: 80, height: 24))
        KeyScript.send(keys, to: &app)
        return app
    }

    @Test func stepsThroughTheListInTheReaderAndBackGoesToTheList() {
        var app = app("<Enter>")
        #expect(app.focus == .reader && app.reader.article == 1)
        var visited: [Int?] = []
        var messages: [String?] = []
        for _ in 0..<4 {
            KeyScript.send("<C-n>", to: &app)
            visited.append(app.reader.article)
            messages.append(app.message)
        }
        #expect(visited == [0, 3, 2, 2])
        #expect(
            messages == [
                "2/4 城市夜跑者：在霓虹与晨光之间寻找属于自己的节奏与安静的长篇特写", "3/4 Panel: storage after sunset",
                "4/4 A short note on tides", "last article",
            ])
        KeyScript.send("<C-p>", to: &app)
        #expect(app.focus == .reader && app.reader.article == 3 && app.message == "3/4 Panel: storage after sunset")
        // Each step replaced the article on the trail: q goes back to the list at once, and the
        // list selects the article last read.
        #expect(app.navigator.trailViews == [.list])
        KeyScript.send("q", to: &app)
        #expect(app.focus == .list && app.list.selectedArticle == 3)
    }

    @Test func previousAtTheFirstArticleSaysSo() {
        let app = app("<Enter> <C-p>")
        #expect(app.reader.article == 1 && app.message == "first article")
    }

    @Test func nextUnreadSkipsReadArticlesAndWraps() {
        // Feature (second in the list) is marked read in the list; the interview is read by opening it.
        var app = app("j r k <Enter>")
        #expect(app.persistence.readArticleIDs == ["feature.md", "interview.md"])
        let effects = KeyScript.send("U", to: &app)
        #expect(app.reader.article == 3 && app.message == "3/4 Panel: storage after sunset")
        #expect(effects.contains(.setRead(true, articleID: "panel.md")))
        KeyScript.send("U", to: &app)
        #expect(app.reader.article == 2)
        KeyScript.send("U", to: &app)
        #expect(app.reader.article == 2 && app.message == "no unread article")
    }

    @Test func theDialogueViewStaysTheDialogueViewWhereTheNextArticleHasTurns() {
        // Interview in the dialogue view; feature read, so U goes to the panel, which has turns.
        var app = app("j r k <Enter> d")
        #expect(app.focus == .dialogue && app.dialogue.article == 1)
        KeyScript.send("U", to: &app)
        #expect(app.focus == .dialogue && app.dialogue.article == 3 && app.dialogue.cursor == 0)
        // The feature has no turns: the reader shows it.
        KeyScript.send("<C-p>", to: &app)
        #expect(app.focus == .reader && app.reader.article == 0)
        KeyScript.send("q", to: &app)
        #expect(app.focus == .reader && app.reader.article == 1)
        KeyScript.send("q", to: &app)
        #expect(app.focus == .list && app.list.selectedArticle == 1)
    }

    @Test func helpListsTheSteps() {
        let reader = KeymapSection.reader.bindings.map(\.keyLabel)
        let dialogue = KeymapSection.dialogue.bindings.map(\.keyLabel)
        for label in ["Ctrl-n", "Ctrl-p", "U"] {
            #expect(reader.contains(label) && dialogue.contains(label))
        }
    }
}
