import HearsayModel
import HearsayTesting
import Testing

@testable import HearsayUI

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

    /// Eleven undated notes, listed by title: "Note 01" … "Note 11".
    static var elevenNotes: Corpus {
        Corpus(
            articles: (1...11).map { number in
                let title = "Note " + (number < 10 ? "0" : "") + "\(number)"
                var builder = FixtureArticleBuilder(id: "note\(number).md", title: title, format: .markdown)
                builder.paragraph("Note number \(number).")
                return builder.article
            })
    }

    @Test func pagesMoveByTheEntriesThatFitAndTheTopFollows() {
        // 10 rows: 8 rows of list between the bars, 4 entries of 2 rows; 11 entries in all.
        var app = AppState(corpus: Self.elevenNotes, size: ScreenSize(width: 60, height: 10))
        #expect(app.screenLayout.listVisibleEntries == 4)
        func position() -> [Int] { [app.list.selection, app.list.top] }
        KeyScript.send("<PgDn>", to: &app); #expect(position() == [4, 4])
        KeyScript.send("<Space>", to: &app); #expect(position() == [8, 7])  // the last page starts at 11 - 4
        KeyScript.send("<C-f>", to: &app); #expect(position() == [10, 7])  // no further than the last
        KeyScript.send("<PgDn>", to: &app); #expect(position() == [10, 7])
        KeyScript.send("<PgUp>", to: &app); #expect(position() == [6, 3])
        KeyScript.send("b", to: &app); #expect(position() == [2, 0])
        KeyScript.send("<C-b>", to: &app); #expect(position() == [0, 0])
        KeyScript.send("j j j j j", to: &app); #expect(position() == [5, 2])  // j scrolls just enough
        KeyScript.send("<C-f>", to: &app); #expect(position() == [9, 6])
        KeyScript.send("G", to: &app); #expect(position() == [10, 7])
        KeyScript.send("g", to: &app); #expect(position() == [0, 0])
        #expect(
            ScreenRenderer().render(app).rows[1...8].map { $0.trimmingCharacters(in: .whitespaces) }
                == ["Note 01", "", "Note 02", "", "Note 03", "", "Note 04", ""])
    }

    @Test func sortToggleKeepsTheSelectedArticle() {
        var app = state()
        KeyScript.send("j", to: &app)  // feature (index 0)
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
