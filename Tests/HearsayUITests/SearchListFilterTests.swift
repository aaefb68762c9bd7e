import HearsaySearch
import HearsayTesting
import Testing

@testable import HearsayUI

/// `/` in the list: the filter. By date the list shows interview (1), feature (0), panel (3),
/// note (2). A key press never folds the corpus: the runtime does, a slice at a time while no
/// key waits (`advanceSearchWork`; `pause` runs that work to the end, as a pause would).
@Suite struct SearchListFilterTests {
    func app() -> AppState {
        AppState(corpus: UIFixtures.corpus, size: ScreenSize(width: 80, height: 24))
    }

    /// `/`, a pause (the corpus is folded), then `typed`.
    func filter(_ app: inout AppState, _ typed: String) {
        KeyScript.send("/", to: &app)
        app.finishSearchWork()
        KeyScript.send(SearchTyping.typed(typed), to: &app)
    }

    @Test func typingNarrowsTheList() {
        var app = app()
        #expect(app.list.order == [1, 0, 3, 2])
        #expect(app.search.foldedCorpus == nil)  // nothing folded at startup
        filter(&app, "Maria")
        #expect(app.overlay == .searchPrompt)
        #expect(app.list.order == [1, 3])  // speakers (and the interview's text)
        #expect(SearchPromptView.note(for: app, prompt: app.search.prompt!) == "2/4 articles")
        KeyScript.send("<Space> K e l l e r <Space> j o i n s", to: &app)
        #expect(app.list.order == [1])  // the interview's lede
        _ = app.update(.key(.backspace))
        _ = app.update(.key(.backspace))
        _ = app.update(.key(.backspace))
        _ = app.update(.key(.backspace))
        _ = app.update(.key(.backspace))
        _ = app.update(.key(.backspace))
        #expect(app.list.order == [1, 3])  // wider again
    }

    @Test func metadataMatches() {
        for (typed, expected) in [("生活", [0]), ("example.org", [1]), ("tides", [2]), ("夜跑", [0])] {
            var app = app()
            filter(&app, typed)
            KeyScript.send("<Enter>", to: &app)
            #expect(app.list.order == expected, "\(typed)")
        }
    }

    @Test func enterKeepsTheFilterAndTheStatusSaysSo() {
        var app = app()
        filter(&app, "Maria")
        KeyScript.send("<Enter>", to: &app)
        #expect(app.overlay == nil)
        #expect(app.focus == .list)
        #expect(app.list.order == [1, 3])
        #expect(StatusBarView.location(for: app) + SearchStatusText.suffix(for: app) == " List · 1/2 · by date · filter: Maria  2/4")
        KeyScript.send("j <Enter>", to: &app)
        #expect(app.reader.article == 3)
        KeyScript.send("h o", to: &app)  // sorting keeps the filter
        #expect(app.list.order == [3, 1])
        KeyScript.send("/", to: &app)
        #expect(app.search.prompt?.editor.text == "Maria")
    }

    @Test func escClearsTheFilter() {
        var app = app()
        KeyScript.send("/ M a r i a <Esc>", to: &app)
        #expect(app.overlay == nil)
        #expect(app.list.order == [1, 0, 3, 2])
        #expect(app.search.listFilter == nil)
    }

    @Test func backFromAFilteredListClearsTheFilterBeforeQuitting() {
        var app = app()
        filter(&app, "Maria")
        KeyScript.send("<Enter> j", to: &app)
        #expect(KeyScript.send("q", to: &app) == [])
        #expect(app.list.order == [1, 0, 3, 2])
        #expect(app.list.selectedArticle == 3)  // the selection stays on the same article
        // No article was opened, so none is remembered as the one open at quit.
        #expect(KeyScript.send("q", to: &app) == [.setLastOpenArticle(nil), .quit])
    }

    @Test func nothingMatches() {
        var app = app()
        filter(&app, "火星")
        KeyScript.send("<Enter>", to: &app)
        #expect(app.list.order == [])
        #expect(app.message == "no article matches “火星”")
        #expect(SearchStatusText.suffix(for: app) == " · filter: 火星  0/4")
    }

    @Test func thePauseBeforeTheFirstKeyFoldsTheCorpus() {
        var app = app()
        KeyScript.send("/", to: &app)
        #expect(app.hasSearchWork)  // the prompt is open and nothing is folded yet
        let changed = app.advanceSearchWork()
        #expect(!changed)  // folding does not change the screen while nothing is filtered
        // The four fixtures are far less than a slice (`SearchWork.idleFoldBytes`): all folded.
        #expect(app.search.isIndexBuilt)
        #expect(app.search.foldedArticleCount == 4)
        #expect(!app.hasSearchWork)
        KeyScript.send("M a r i a", to: &app)
        #expect(app.list.order == [1, 3])
        #expect(app.search.listFilter?.isFinished == true)
    }

    /// A key typed before the corpus is folded does not fold it: the filter looks at what is
    /// folded, says how far it has got, and the list grows as the runtime folds the rest.
    @Test func aKeyTypedWhileFoldingFiltersWhatIsFoldedAndTheRestFollows() {
        var app = app()
        KeyScript.send("/", to: &app)
        var folding = FoldingProgress(total: app.corpus.articles.count)
        folding.advance(in: app.corpus, byteBudget: 1)  // one article of four: the feature (0)
        app.search.folding = folding
        KeyScript.send("M a r i a", to: &app)
        #expect(app.search.foldedArticleCount == 1)  // the keys folded nothing
        #expect(app.list.order == [])
        #expect(SearchPromptView.note(for: app, prompt: app.search.prompt!) == "0/4 articles · searching… 1/4")
        #expect(SearchStatusText.suffix(for: app) == " · filter: Maria  0/4  searching… 1/4")
        #expect(app.hasSearchWork)
        let changed = app.advanceSearchWork()  // folds the rest (less than a slice) and filters it
        #expect(changed)
        #expect(app.search.isIndexBuilt)
        #expect(app.list.order == [1, 3])
        #expect(SearchPromptView.note(for: app, prompt: app.search.prompt!) == "2/4 articles")
        #expect(!app.hasSearchWork)
    }

    /// With no pause at all, the first key finds nothing folded: the list is empty until the
    /// runtime's slices come, and a kept filter that ends up empty says so then.
    @Test func keysTypedWithNoPauseWaitForTheSlices() {
        var app = app()
        KeyScript.send("/ 火 星 <Enter>", to: &app)
        #expect(app.search.foldedArticleCount == 0)
        #expect(app.message == nil)  // not known yet
        #expect(SearchStatusText.suffix(for: app) == " · filter: 火星  0/4  searching… 0/4")
        app.finishSearchWork()
        #expect(app.message == "no article matches “火星”")
        #expect(SearchStatusText.suffix(for: app) == " · filter: 火星  0/4")
    }

    @Test func noFoldingForTheArticleSearch() {
        var app = app()
        KeyScript.send("<Enter> /", to: &app)
        #expect(!app.hasSearchWork)
        #expect(!app.search.isIndexBuilt)
    }
}
