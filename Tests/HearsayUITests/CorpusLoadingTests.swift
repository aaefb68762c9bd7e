import Foundation
import HearsayModel
import HearsaySearch
import HearsayTesting
import Testing

@testable import HearsayUI

/// The corpus arriving after the first frame (`.corpusChanged`, `adoptCorpusChange`): the list
/// fills in its final order, the status bar shows the progress, search says it is partial, and
/// highlights and the last open article follow their articles in.
@Suite struct CorpusLoadingTests {
    static let size = ScreenSize(width: 80, height: 24)

    /// An app with nothing loaded yet, as the reader starts on a folder.
    func loadingApp() -> AppState {
        AppState(corpus: Corpus(articles: []), size: Self.size, loading: LoadingProgress(done: 0, total: nil))
    }

    func batch(_ articles: [Article], done: Int, of total: Int = 4) -> Event {
        .corpusChanged(CorpusChange(appended: articles, progress: done == total ? nil : LoadingProgress(done: done, total: total)))
    }

    func listedIDs(_ app: AppState) -> [String] { app.list.order.map { app.corpus.articles[$0].id } }

    func statusBar(_ app: AppState) -> String { ScreenRenderer().render(app).rowText(Self.size.height - 1) }

    @Test func theFirstFrameShowsLoadingBeforeAnyArticle() {
        var app = loadingApp()
        #expect(statusBar(app).hasPrefix(" List · 0/0 · by date · loading…"))
        _ = app.update(.corpusChanged(CorpusChange(progress: LoadingProgress(done: 0, total: 10_000))))
        #expect(statusBar(app).hasPrefix(" List · 0/0 · by date · loading 0/10,000"))
        _ = app.update(batch([UIFixtures.feature], done: 3_412, of: 10_000))
        #expect(statusBar(app).hasPrefix(" List · 1/1 · by date · loading 3,412/10,000"))
    }

    @Test func theListFillsInItsFinalOrder() {
        var app = loadingApp()
        // Load order: feature, interview, note, panel; by date: interview, feature, panel, note.
        #expect(app.update(batch([UIFixtures.feature, UIFixtures.interview], done: 2)) == [.drawFrame])
        #expect(listedIDs(app) == ["interview.md", "feature.md"])
        _ = app.update(batch([UIFixtures.note], done: 3))
        #expect(listedIDs(app) == ["interview.md", "feature.md", "note.md"])
        _ = app.update(batch([UIFixtures.panel], done: 4))
        let whole = AppState(corpus: UIFixtures.corpus, size: Self.size)
        #expect(listedIDs(app) == listedIDs(whole))
        #expect(app.list.order == whole.list.order)
        #expect(app.corpusState.loading == nil)
        #expect(statusBar(app).hasPrefix(" List · 1/4 · by date  "))
    }

    @Test func theSelectionFollowsTheTopUntilTheUserMoves() {
        var app = loadingApp()
        _ = app.update(batch([UIFixtures.feature], done: 1))
        _ = app.update(batch([UIFixtures.interview], done: 2))
        // Nothing moved: the top entry (now the interview, newer) stays selected, and previewed.
        #expect(app.list.selectedArticle == 1)
        #expect(app.reader.article == 1)
        KeyScript.send("j", to: &app)
        #expect(app.list.selectedArticle == 0)
        _ = app.update(batch([UIFixtures.note, UIFixtures.panel], done: 4))
        // Moved: the same article stays selected wherever it now is.
        #expect(app.list.selectedArticle == 0)
        #expect(app.list.selection == 1)
    }

    @Test func anArticleOpenWhileLoadingStaysOpenAndSelected() {
        var app = loadingApp()
        _ = app.update(batch([UIFixtures.feature], done: 1))
        KeyScript.send("<Enter>", to: &app)
        #expect(app.focus == .reader)
        _ = app.update(batch([UIFixtures.interview, UIFixtures.note, UIFixtures.panel], done: 4))
        #expect(app.focus == .reader)
        #expect(app.reader.article == 0)
        KeyScript.send("q", to: &app)
        #expect(app.list.selectedArticle == 0)
    }

    @Test func theGenerationGoesUpWithEveryChange() {
        var app = loadingApp()
        #expect(app.corpusState.generation == 0)
        _ = app.update(batch([UIFixtures.feature], done: 1))
        _ = app.update(batch([UIFixtures.interview], done: 2))
        #expect(app.corpusState.generation == 2)
    }

    @Test func theListFilterTakesInArticlesAsTheyArrive() {
        var app = loadingApp()
        _ = app.update(batch([UIFixtures.feature, UIFixtures.interview], done: 2))
        KeyScript.send("/ " + SearchTyping.typed("储能") + " <Enter>", to: &app)
        app.finishSearchWork()
        #expect(listedIDs(app) == ["interview.md"])
        _ = app.update(batch([UIFixtures.note, UIFixtures.panel], done: 4))
        app.finishSearchWork()
        #expect(listedIDs(app) == ["interview.md", "panel.md"])
    }

    @Test func coverageResultsSayTheyArePartialUntilLoaded() throws {
        var app = loadingApp()
        _ = app.update(batch([UIFixtures.feature, UIFixtures.interview], done: 2))
        KeyScript.send("F " + SearchTyping.typed("储能"), to: &app)
        app.finishSearchWork()
        KeyScript.send("<Enter>", to: &app)
        app.finishSearchWork()
        #expect(statusBar(app).hasPrefix(" Results · 1/4 in 1 article · partial · loading 2/4"))
        _ = app.update(batch([UIFixtures.note, UIFixtures.panel], done: 4))
        // Loaded, but searched before the panel came: still partial until searched again.
        #expect(statusBar(app).hasPrefix(" Results · 1/4 in 1 article · partial  "))
        KeyScript.send("F " + SearchTyping.typed("储能"), to: &app)
        app.finishSearchWork()
        KeyScript.send("<Enter>", to: &app)
        app.finishSearchWork()
        #expect(statusBar(app).hasPrefix(" Results · 1/5 in 2 articles  "))
    }

    @Test func theLoadingSummaryShowsWhenLoadingEnds() {
        var app = loadingApp()
        _ = app.update(.corpusChanged(CorpusChange(appended: [UIFixtures.note], summary: "1 error(s), 0 warning(s) while loading")))
        #expect(app.message == "1 error(s), 0 warning(s) while loading")
    }

    /// 陈静's first turn in the panel (今天我们只谈储能。), and where 今天 starts in it (UTF-8).
    static let panelTurn = UIFixtures.panel.blocks.firstIndex { $0.text.contains("今天我们") }!
    static let today = UIFixtures.panel.blocks[panelTurn].text.utf8.count - "今天我们只谈储能。".utf8.count

    func highlight(in article: Article, at position: TextPosition, length: Int) -> Highlight {
        let end = TextPosition(block: position.block, offset: position.offset + length)
        let anchor = ArticleText(article: article).anchor(from: position, to: end)!
        return Highlight(
            id: UUID(uuidString: "00000000-0000-0000-0000-00000000000A")!, articleID: article.id, anchor: anchor, color: 2,
            note: nil, created: Date(timeIntervalSince1970: 1_750_000_000), modified: Date(timeIntervalSince1970: 1_750_000_000),
            details: HighlightDetails(articleTitle: "old title", sourceURL: nil, speaker: nil))
    }

    @Test func highlightsArePlacedOnceTheirArticleArrives() throws {
        var app = loadingApp()
        let saved = highlight(in: UIFixtures.panel, at: TextPosition(block: Self.panelTurn, offset: Self.today), length: 6)
        #expect(app.restore(SavedReadingState(highlights: [saved])) == [])
        #expect(app.highlights.isOrphaned(saved))
        _ = app.update(batch([UIFixtures.feature, UIFixtures.interview], done: 2))
        #expect(app.highlights.isOrphaned(saved))
        let effects = app.update(batch([UIFixtures.note, UIFixtures.panel], done: 4))
        #expect(
            app.highlights.ranges[saved.id] == TextPosition(
                block: Self.panelTurn, offset: Self.today)..<TextPosition(block: Self.panelTurn, offset: Self.today + 6))
        let refreshed = try #require(app.highlights.highlight(id: saved.id))
        #expect(refreshed.details.articleTitle == "Panel: storage after sunset")
        #expect(effects == [.drawFrame, .refreshHighlightDetails([refreshed])])
    }

    @Test func aRestoredStateResolvesEachHighlightOnceAndAsksToRefreshItsDetails() throws {
        var app = AppState(corpus: UIFixtures.corpus, size: Self.size)
        let saved = highlight(in: UIFixtures.panel, at: TextPosition(block: Self.panelTurn, offset: Self.today), length: 6)
        let effects = app.restore(SavedReadingState(highlights: [saved]))
        let refreshed = try #require(app.highlights.highlight(id: saved.id))
        #expect(effects == [.refreshHighlightDetails([refreshed])])
        #expect(!app.highlights.isOrphaned(refreshed))
    }

    @Test func theLastOpenArticleOpensWhenItArrives() {
        var app = loadingApp()
        app.restore(SavedReadingState(lastOpenArticleID: "panel.md"))
        #expect(app.focus == .list)
        _ = app.update(batch([UIFixtures.feature, UIFixtures.interview, UIFixtures.note], done: 3))
        #expect(app.focus == .list)
        _ = app.update(batch([UIFixtures.panel], done: 4))
        #expect(app.focus == .reader)
        #expect(app.reader.article == 3)
    }

    @Test func theLastOpenArticleStaysClosedWhenTheUserWentElsewhere() {
        var app = loadingApp()
        app.restore(SavedReadingState(lastOpenArticleID: "panel.md"))
        _ = app.update(batch([UIFixtures.feature, UIFixtures.interview, UIFixtures.note], done: 3))
        KeyScript.send("<Enter>", to: &app)
        _ = app.update(batch([UIFixtures.panel], done: 4))
        #expect(app.reader.article == 1)
    }
}
