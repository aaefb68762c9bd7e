import HearsayModel
import HearsaySearch
import HearsayTesting
import Testing

@testable import HearsayUI

/// `F`: the coverage search's results view over the fixtures. 储能 occurs 4 times in the
/// interview (a key point, 3; a heading, 7; a paragraph, 8; Maria's first turn, 14) and once in
/// the panel (陈静's first turn, 1). A key press never folds the corpus: the runtime does while
/// no key waits; `search` pauses (runs that work) while the query is typed, as typing does.
@Suite struct SearchCoverageTests {
    func app(_ corpus: Corpus = UIFixtures.corpus) -> AppState {
        AppState(corpus: corpus, size: ScreenSize(width: 80, height: 24))
    }

    /// `F`, the query typed (the corpus is folded meanwhile), Enter.
    func search(_ app: inout AppState, _ typed: String) {
        KeyScript.send("F " + SearchTyping.typed(typed), to: &app)
        app.finishSearchWork()
        KeyScript.send("<Enter>", to: &app)
    }

    @Test func resultsAreGroupedByArticle() throws {
        var app = app()
        search(&app, "储能")
        #expect(app.overlay == .searchResults)
        let results = try #require(app.search.results)
        #expect(results.isFinished)
        #expect(results.matches.map(\.article) == [1, 1, 1, 1, 3])
        #expect(results.matches.map(\.match.block) == [3, 7, 8, 14, 1])
        #expect(results.rows.count == 7)
        #expect(results.rows[0] == .article(1))
        #expect(results.rows[5] == .article(3))
        #expect(CoverageResultsView.heading(for: results) == "Search “储能”: 5 matches in 2 articles · 1/5")
    }

    @Test func titlesAreResultsToo() throws {
        var app = app()
        search(&app, "tides")
        let results = try #require(app.search.results)
        // The note's title ("A short note on tides") and its first paragraph ("Tides rise…").
        #expect(results.matches.map(\.article) == [2, 2])
        #expect(results.matches.map(\.match.header) == [.title, nil])
        let screen = ScreenRenderer().render(app)
        #expect(screen.rows[3].hasSuffix("A short note on tides"))
    }

    @Test func enterOpensTheArticleAtTheMatchAndNGoesOn() throws {
        var app = app()
        search(&app, "储能")
        KeyScript.send("j j j", to: &app)
        #expect(app.search.results?.selection == 3)
        KeyScript.send("<Enter>", to: &app)
        #expect(app.overlay == nil)
        #expect(app.focus == .reader)
        #expect(app.reader.article == 1)
        #expect(app.search.inArticle?.current == 3)
        #expect(app.search.inArticle?.matches[3].block == 14)  // Maria's first turn
        #expect(SearchStatusText.suffix(for: app) == " · /储能 4/4")
        let layout = try #require(app.reader.layout)
        let line = layout.lineIndex(containing: app.search.inArticle!.matches[3].start)
        #expect(line >= app.reader.topLine && line < app.reader.topLine + 22)
        KeyScript.send("N", to: &app)
        #expect(SearchStatusText.suffix(for: app) == " · /储能 3/4")
    }

    /// As in mutt and newsboat: back from the article opened at a result is back to the results.
    @Test func backFromAnOpenedResultReturnsToTheResults() throws {
        var app = app()
        search(&app, "储能")
        #expect(StatusBarView.location(for: app) == " Results · 1/5 in 2 articles")
        #expect(SearchStatusText.suffix(for: app) == "")  // not the view underneath
        KeyScript.send("j j j <Enter>", to: &app)
        #expect(app.focus == .reader)
        #expect(app.overlay == nil)
        #expect(StatusBarView.location(for: app) == " Reader · 1/4 · 86%")  // scrolled to her turn
        KeyScript.send("q", to: &app)
        #expect(app.overlay == .searchResults)
        #expect(app.search.results?.selection == 3)  // as they were
        #expect(StatusBarView.location(for: app) == " Results · 4/5 in 2 articles")
        KeyScript.send("q", to: &app)
        #expect(app.overlay == nil)
        #expect(app.search.results == nil)
        #expect(app.focus == .list, "where the search began, not the reader opened from the results")
    }

    @Test func backReturnsToTheResultsOnlyFromTheReaderTheyOpened() throws {
        var app = app()
        search(&app, "储能")
        KeyScript.send("j j j <Enter>", to: &app)
        let article = try #require(app.reader.article)
        // Elsewhere and back: the dialogue view, then the reader again from one of its turns.
        KeyScript.send("d <Enter>", to: &app)
        #expect(app.focus == .reader && app.reader.article == article)
        KeyScript.send("q", to: &app)
        #expect(app.overlay == nil, "not the results left behind two views ago")
        #expect(app.focus == .dialogue)
    }

    @Test func movingInTheResults() {
        var app = app()
        search(&app, "储能")
        KeyScript.send("G", to: &app)
        #expect(app.search.results?.selection == 4)
        KeyScript.send("<Enter>", to: &app)
        #expect(app.reader.article == 3)
        #expect(SearchStatusText.suffix(for: app) == " · /储能 1/1")
        search(&app, "储能")
        KeyScript.send("j k k g", to: &app)
        #expect(app.search.results?.selection == 0)
        KeyScript.send("q", to: &app)
        #expect(app.overlay == nil)
        #expect(app.search.results == nil)
    }

    @Test func speakerRestriction() throws {
        var app = app()
        search(&app, "speaker:Maria storage")
        let results = try #require(app.search.results)
        #expect(results.matches.map(\.article) == [1])
        #expect(results.matches.first?.match.block == 18)
        #expect(results.matches.first?.match.speaker == 1)
    }

    @Test func nothingFound() {
        var app = app()
        search(&app, "火星")
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
        #expect(app.search.foldedArticleCount == 0)  // no pause came
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
        search(&app, "潮汐")
        var results = try #require(app.search.results)
        #expect(!results.isFinished)
        #expect(results.rows.count >= CoverageResultsView.listHeight(in: app.size))
        #expect(results.matches.count < 30)
        // A page is 19 screen rows: the results under two titles, each result one row here.
        KeyScript.send("<PgDn>", to: &app)
        results = try #require(app.search.results)
        #expect(results.selection == 17)
        #expect(results.rows.count >= results.row(ofMatch: 17) + 1)
        app.finishSearchWork()
        #expect(app.search.results?.matches.count == 1400)  // 7 in each: the title and six in the text
        #expect(app.search.results?.isFinished == true)
        #expect(app.search.results.map(CoverageResultsView.heading(for:)) == "Search “潮汐”: 1400 matches in 200 articles · 18/1400")
    }

    /// Enter before the corpus is folded: the first screen comes from the articles folded so far,
    /// Enter folds nothing, and the rest comes as the runtime folds and searches between keys.
    @Test func enterSearchesWhatIsFoldedAndTheRestFollows() throws {
        let copies = (0..<200).map { index -> Article in
            var article = UIFixtures.interview
            article.id = "interview-\(index).md"
            return article
        }
        var app = app(Corpus(articles: copies))
        KeyScript.send("F 潮 汐", to: &app)
        var folding = FoldingProgress(total: copies.count)
        folding.advance(in: app.corpus, byteBudget: 1)  // the first article only
        app.search.folding = folding
        KeyScript.send("<Enter>", to: &app)
        #expect(app.search.foldedArticleCount == 1)
        var results = try #require(app.search.results)
        #expect(results.matches.count == 7)
        #expect(!results.isFinished)
        #expect(CoverageResultsView.heading(for: results) == "Search “潮汐”: 7+ matches so far · searching… 1/200 · 1")
        #expect(app.message == nil)
        KeyScript.send("G", to: &app)  // the last match found so far; G folds nothing either
        #expect(app.search.results?.selection == 6)
        #expect(StatusBarView.location(for: app) == " Results · 7/7+ in 1 article")
        #expect(app.search.foldedArticleCount == 1)
        #expect(app.hasSearchWork)
        app.finishSearchWork()
        results = try #require(app.search.results)
        #expect(results.matches.count == 1400)
        #expect(results.matches == CorpusSearcher.allMatches(of: SearchQuery(parsing: "潮汐"), in: FoldedCorpus(app.corpus)))
        #expect(app.search.isIndexBuilt)
    }

    /// Enter with nothing folded at all: "Searching…", then the results.
    @Test func enterWithNothingFoldedYet() throws {
        var app = app()
        KeyScript.send("F 火 星 <Enter>", to: &app)
        #expect(app.search.results?.isFinished == false)
        #expect(app.message == nil)
        #expect(ScreenRenderer().render(app).rows[2].hasPrefix(" Searching…"))
        app.finishSearchWork()
        #expect(app.message == "not found: 火星")
        #expect(ScreenRenderer().render(app).rows[2].hasPrefix(" No matches."))
    }
}
