import Foundation
import HearsayModel
import HearsayTesting
@testable import HearsayUI
import Testing

/// Reading state through the UI core: read marks, reading positions, the last open article,
/// and what a failed save shows.
struct HighlightReadingStateTests {
    func app() -> AppState {
        var app = AppState(corpus: UIFixtures.corpus, size: ScreenSize(width: 80, height: 24))
        app.highlights.now = { Date(timeIntervalSince1970: 1_750_000_000) }
        return app
    }

    func position(_ app: AppState, at position: TextPosition) -> ReadingPosition {
        ReadingPosition(articleID: "interview.md", anchor: TextAnchor.make(article: UIFixtures.interview, at: position)!,
                        updated: Date(timeIntervalSince1970: 1_750_000_000))
    }

    @Test func leavingAnArticleSavesThePosition() throws {
        var app = app()
        KeyScript.send("<Enter> <C-d> j", to: &app)
        let where_ = try #require(app.reader.anchor)
        #expect(KeyScript.send("q", to: &app) == [.saveReadingPosition(position(app, at: where_))])
        #expect(app.focus == .list)
    }

    @Test func quittingFromTheReaderSavesPositionAndLastOpenArticleFirst() throws {
        var app = app()
        KeyScript.send("<Enter> <C-d>", to: &app)
        let where_ = try #require(app.reader.anchor)
        #expect(KeyScript.send("<C-c>", to: &app) == [.saveReadingPosition(position(app, at: where_)),
                                                      .setLastOpenArticle("interview.md"), .quit])
    }

    @Test func quittingFromTheListForgetsTheLastOpenArticle() {
        var app = app()
        #expect(KeyScript.send("q", to: &app) == [.setLastOpenArticle(nil), .quit])
    }

    @Test func openingAgainDoesNotMarkReadTwice() {
        var app = app()
        KeyScript.send("<Enter> q", to: &app)
        #expect(KeyScript.send("<Enter>", to: &app) == [.loadReadingPosition(articleID: "interview.md")])
    }

    @Test func aLoadedPositionMovesTheReaderThere() {
        var app = app()
        KeyScript.send("<Enter>", to: &app)
        let saved = position(app, at: TextPosition(block: 10, offset: 0))
        #expect(app.update(.readingPositionLoaded(saved)) == [])
        #expect(app.reader.anchor == TextPosition(block: 10, offset: 0))
        #expect(app.reader.topLine > 0)
        // Once the reader has moved, a late answer does not move it again.
        KeyScript.send("g", to: &app)
        KeyScript.send("j", to: &app)
        let now = app.reader.topLine
        _ = app.update(.readingPositionLoaded(saved))
        #expect(app.reader.topLine == now)
    }

    @Test func restoreReopensTheLastArticleAtItsPosition() {
        var app = app()
        app.restore(SavedReadingState(readArticleIDs: ["interview.md", "note.md"], lastOpenArticleID: "interview.md",
                                      lastOpenPosition: position(app, at: TextPosition(block: 10, offset: 0))))
        #expect(app.focus == .reader && app.reader.article == 1)
        #expect(app.reader.anchor == TextPosition(block: 10, offset: 0))
        #expect(app.highlights.readArticleIDs == ["interview.md", "note.md"])
    }

    @Test func restoreIgnoresALastArticleNoLongerLoaded() {
        var app = app()
        app.restore(SavedReadingState(lastOpenArticleID: "gone.md"))
        #expect(app.focus == .list)
    }

    @Test func rTogglesReadAndTheListShowsIt() {
        var app = app()
        #expect(KeyScript.send("r", to: &app) == [.setRead(true, articleID: "interview.md")])
        let styles = Styles.standard
        var screen = ScreenRenderer(styles: styles).render(app)
        // The selected entry keeps the selection's colours; the entry below is unread.
        #expect(screen[1, 3].style == styles.listTitle)
        KeyScript.send("j r", to: &app)
        #expect(app.highlights.readArticleIDs == ["interview.md", "feature.md"])
        KeyScript.send("k", to: &app)
        screen = ScreenRenderer(styles: styles).render(app)
        #expect(screen[1, 3].style == styles.listRead, "feature.md, read, is the second entry")
        #expect(KeyScript.send("j r", to: &app) == [.setRead(false, articleID: "feature.md")])
        #expect(app.message == "marked unread")
    }

    @Test func aFailedSaveIsShownUntilASaveSucceedsAndTicksRetry() {
        var app = app()
        KeyScript.send("<Enter> ) m", to: &app)
        let problem = "NOT SAVED, 1 change kept in memory, will retry: could not save"
        #expect(app.update(.stateNotSaved(problem)) == [])
        #expect(app.message == problem)
        #expect(app.highlights.all.count == 1, "the highlight stays")
        KeyScript.send(")", to: &app)
        #expect(app.message == problem, "still shown after the next key")
        #expect(ScreenRenderer().render(app).rows[23].contains("NOT SAVED"))
        #expect(app.update(.tick) == [.retryUnsavedState])
        #expect(app.update(.stateSaved) == [])
        #expect(app.message == "saved")
        #expect(app.update(.tick) == [])
        KeyScript.send(")", to: &app)
        #expect(app.message == nil)
    }
}
