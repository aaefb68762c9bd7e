import HearsayModel
import HearsayTesting
@testable import HearsayUI
import Testing

@Suite struct ArticleListTests {
    func state(_ width: Int = 80, _ height: Int = 24) -> AppState {
        AppState(corpus: UIFixtures.corpus, size: ScreenSize(width: width, height: height))
    }

    @Test func sortsNewestFirstWithUndatedLast() {
        #expect(state().list.order == [1, 0, 3, 2])
    }

    @Test func selectionFollowsVimKeysArrowsAndEnds() {
        var app = state()
        KeyScript.send("j", to: &app); #expect(app.list.selection == 1)
        KeyScript.send("j j j", to: &app); #expect(app.list.selection == 3)
        KeyScript.send("k", to: &app); #expect(app.list.selection == 2)
        KeyScript.send("<Up> <Up>", to: &app); #expect(app.list.selection == 0)
        KeyScript.send("<Up>", to: &app); #expect(app.list.selection == 0)
        KeyScript.send("G", to: &app); #expect(app.list.selection == 3)
        KeyScript.send("g", to: &app); #expect(app.list.selection == 0)
        KeyScript.send("<End>", to: &app); #expect(app.list.selection == 3)
        KeyScript.send("<Home> <Down>", to: &app); #expect(app.list.selection == 1)
    }

    @Test func pagesMoveByTheEntriesThatFit() {
        // 8 rows high: 6 rows of list, 3 entries of 2 rows.
        var app = AppState(corpus: UIFixtures.corpus, size: ScreenSize(width: 60, height: 10))
        #expect(app.screenLayout.listVisibleEntries == 4)
        app = AppState(corpus: UIFixtures.corpus, size: ScreenSize(width: 60, height: 8 + 2))
        KeyScript.send("<PgDn>", to: &app); #expect(app.list.selection == 3)
        KeyScript.send("<PgUp>", to: &app); #expect(app.list.selection == 0)
    }

    @Test func sortToggleKeepsTheSelectedArticle() {
        var app = state()
        KeyScript.send("j", to: &app) // feature (index 0)
        KeyScript.send("o", to: &app)
        #expect(app.list.sort == .title)
        #expect(app.list.order == [2, 3, 0, 1])
        #expect(app.list.selectedArticle == 0 && app.list.selection == 2)
        #expect(app.message == "sorted by title")
        KeyScript.send("o", to: &app)
        #expect(app.list.order == [1, 0, 3, 2] && app.list.selectedArticle == 0)
    }

    @Test func enterOpensTheSelectedArticleAndEscReturns() {
        var app = state()
        KeyScript.send("j <Enter>", to: &app)
        #expect(app.focus == .reader && app.reader.article == 0)
        KeyScript.send("<Esc>", to: &app)
        #expect(app.focus == .list)
        // Quitting from the list first forgets the last open article (reading state).
        #expect(KeyScript.send("q", to: &app) == [.setLastOpenArticle(nil), .quit])
    }

    @Test func ctrlCQuitsFromAnywhere() {
        var app = state()
        // Before quitting, the reading state is saved (see HighlightReadingStateTests).
        #expect(KeyScript.send("<Enter> ? <C-c>", to: &app).last == .quit)
    }

    @Test func entriesShowDateSourceAndCounts() {
        #expect(ArticleListEntry(article: UIFixtures.interview).metadata == "2025-03-04 · example.org · 4 speakers · 12 turns")
        #expect(ArticleListEntry(article: UIFixtures.feature).metadata == "2025-03-01 · 生活")
        #expect(ArticleListEntry(article: UIFixtures.note).metadata == "")
    }
}
