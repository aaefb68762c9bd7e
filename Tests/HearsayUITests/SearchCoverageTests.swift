import HearsayModel
import HearsaySearch
import HearsayTesting
@testable import HearsayUI
import Testing

/// `F`: the coverage search's results view over the fixtures. "Maria" occurs 8 times in the
/// interview (the lede, a key point, her five turns' names, the host's "Maria?") and once in the
/// panel (her turn).
@Suite struct SearchCoverageTests {
    func app(_ corpus: Corpus = UIFixtures.corpus) -> AppState {
        AppState(corpus: corpus, size: ScreenSize(width: 80, height: 24))
    }

    @Test func resultsAreGroupedByArticle() throws {
        var app = app()
        KeyScript.send("F M a r i a <Enter>", to: &app)
        #expect(app.overlay == .searchResults)
        let results = try #require(app.search.results)
        #expect(results.isFinished)
        #expect(results.matches.map(\.article) == [1, 1, 1, 1, 1, 1, 1, 1, 3])
        #expect(results.rows.count == 11)
        #expect(results.rows[0] == .article(1))
        #expect(results.rows[9] == .article(3))
        #expect(CoverageResultsView.heading(for: results) == "Search “Maria”: 9 matches in 2 articles · 1/9")
    }

    @Test func enterOpensTheArticleAtTheMatchAndNGoesOn() throws {
        var app = app()
        KeyScript.send("F M a r i a <Enter> j j", to: &app)
        #expect(app.search.results?.selection == 2)
        KeyScript.send("<Enter>", to: &app)
        #expect(app.overlay == nil)
        #expect(app.focus == .reader)
        #expect(app.reader.article == 1)
        #expect(app.search.inArticle?.current == 2)
        #expect(app.search.inArticle?.matches[2].block == 14)  // her first turn
        #expect(SearchStatusText.suffix(for: app) == " · /Maria 3/8")
        let layout = try #require(app.reader.layout)
        let line = layout.lineIndex(containing: app.search.inArticle!.matches[2].start)
        #expect(line >= app.reader.topLine && line < app.reader.topLine + 22)
        KeyScript.send("n", to: &app)
        #expect(SearchStatusText.suffix(for: app) == " · /Maria 4/8")
    }

    @Test func movingInTheResults() {
        var app = app()
        KeyScript.send("F M a r i a <Enter> G", to: &app)
        #expect(app.search.results?.selection == 8)
        KeyScript.send("<Enter>", to: &app)
        #expect(app.reader.article == 3)
        #expect(SearchStatusText.suffix(for: app) == " · /Maria 1/1")
        KeyScript.send("F M a r i a <Enter> j k k g", to: &app)
        #expect(app.search.results?.selection == 0)
        KeyScript.send("q", to: &app)
        #expect(app.overlay == nil)
        #expect(app.search.results == nil)
    }

    @Test func speakerRestriction() throws {
        var app = app()
        KeyScript.send("F " + SearchTyping.typed("speaker:Maria storage") + " <Enter>", to: &app)
        let results = try #require(app.search.results)
        #expect(results.matches.map(\.article) == [1])
        #expect(results.matches.first?.match.block == 18)
        #expect(results.matches.first?.match.speaker == 1)
    }

    @Test func nothingFound() {
        var app = app()
        KeyScript.send("F 火 星 <Enter>", to: &app)
        #expect(app.search.results?.matches.isEmpty == true)
        #expect(app.message == "not found: 火星")
        let screen = ScreenRenderer().render(app)
        #expect(screen.rows[2].hasPrefix(" No matches."))
    }

    @Test func escAtThePromptSearchesNothing() {
        var app = app()
        KeyScript.send("F M a <Esc>", to: &app)
        #expect(app.overlay == nil)
        #expect(app.search.results == nil)
        #expect(app.search.foldedCorpus == nil)
    }

    /// Only the first screen is searched for when the results open; the rest comes a batch at a
    /// time between key presses, or when the user goes further down.
    @Test func resultsAreFetchedAsTheScreenNeedsThem() throws {
        let copies = (0..<200).map { index -> Article in
            var article = UIFixtures.interview
            article.id = "interview-\(index).md"
            return article
        }
        var app = app(Corpus(articles: copies))
        KeyScript.send("F 潮 汐 <Enter>", to: &app)
        var results = try #require(app.search.results)
        #expect(!results.isFinished)
        #expect(results.rows.count >= CoverageResultsView.listHeight(in: app.size))
        #expect(results.matches.count < 30)
        KeyScript.send("<PgDn>", to: &app)
        results = try #require(app.search.results)
        #expect(results.selection == 19)
        #expect(results.rows.count >= results.row(ofMatch: 19) + 1)
        app.finishSearchWork()
        #expect(app.search.results?.matches.count == 1200)
        #expect(app.search.results?.isFinished == true)
        #expect(app.search.results.map(CoverageResultsView.heading(for:)) == "Search “潮汐”: 1200 matches in 200 articles · 20/1200")
    }
}
