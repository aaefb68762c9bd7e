import Foundation
import HearsayModel
import HearsayTesting
import Testing

@testable import HearsayUI

/// Reading state through the UI core: read marks, reading positions, the last open article,
/// and what a failed save shows.
struct HighlightReadingStateTests {
    func app() -> AppState {
        var app = AppState(corpus: UIFixtures.corpus, size: ScreenSize(width: 80, height: 24))
        app.environment.now = { Date(timeIntervalSince1970: 1_750_000_000) }
        return app
    }

    func position(_ app: AppState, at position: TextPosition) -> ReadingPosition {
        ReadingPosition(
            articleID: "interview.md", anchor: TextAnchor.make(article: UIFixtures.interview, at: position)!,
            updated: Date(timeIntervalSince1970: 1_750_000_000))
    }

    @Test func leavingAnArticleSavesThePosition() throws {
        var app = app()
        KeyScript.send("<Enter> <C-d> j", to: &app)
        let anchor = try #require(app.reader.anchor)
        #expect(KeyScript.send("q", to: &app) == [.saveReadingPosition(position(app, at: anchor))])
        #expect(app.focus == .list)
    }

    @Test func quittingFromTheReaderSavesPositionAndLastOpenArticleFirst() throws {
        var app = app()
        KeyScript.send("<Enter> <C-d>", to: &app)
        let anchor = try #require(app.reader.anchor)
        #expect(
            KeyScript.send("<C-c>", to: &app) == [
                .saveReadingPosition(position(app, at: anchor)),
                .setLastOpenArticle("interview.md"), .quit,
            ])
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
        app.restore(
            SavedReadingState(
                readArticleIDs: ["interview.md", "note.md"], lastOpenArticleID: "interview.md",
                lastOpenPosition: position(app, at: TextPosition(block: 10, offset: 0))))
        #expect(app.focus == .reader && app.reader.article == 1)
        #expect(app.reader.anchor == TextPosition(block: 10, offset: 0))
        #expect(app.persistence.readArticleIDs == ["interview.md", "note.md"])
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
        #expect(app.persistence.readArticleIDs == ["interview.md", "feature.md"])
        KeyScript.send("k", to: &app)
        screen = ScreenRenderer(styles: styles).render(app)
        #expect(screen[1, 3].style == styles.listRead, "feature.md, read, is the second entry")
        #expect(KeyScript.send("j r", to: &app) == [.setRead(false, articleID: "feature.md")])
        #expect(app.message == "marked unread")
    }

    static let problem = SaveProblem(
        message: "NOT SAVED, 1 change kept in memory, will retry: could not save", reason: "the disk is full",
        pendingCount: 1, pendingHighlights: 1)

    @Test func aFailedSaveIsShownUntilASaveSucceedsAndTicksRetry() throws {
        var app = app()
        KeyScript.send("<Enter> ) m", to: &app)
        let problem = Self.problem
        #expect(app.update(.stateNotSaved(problem)) == [])
        #expect(app.message == problem.message)
        #expect(app.highlights.all.count == 1, "the highlight stays")
        KeyScript.send(")", to: &app)
        #expect(app.message == problem.message, "still shown after the next key")
        #expect(ScreenRenderer().render(app).rows[23].contains("NOT SAVED"))
        let place = try #require(app.readingPosition((1, TextPosition(block: 0, offset: 0))))
        // The first tick also saves where the reader is (not saved yet in this run); those saves
        // retry what is pending too, so no separate retry.
        #expect(app.update(.tick) == [.saveReadingPosition(place), .setLastOpenArticle("interview.md")])
        #expect(app.update(.stateSaved) == [])
        #expect(app.message == "saved")
        #expect(app.update(.tick) == [])
        KeyScript.send(")", to: &app)
        #expect(app.message == nil)
    }

    @Test func theTickSavesThePlaceOnceItChangesAndInTheDialogueTheTurn() throws {
        var app = app()
        app.restore(SavedReadingState())
        #expect(app.update(.tick) == [], "nothing moved since the start")
        KeyScript.send("<Enter> <C-d>", to: &app)
        let top = try #require(app.reader.anchor)
        #expect(app.update(.tick) == [.saveReadingPosition(position(app, at: top)), .setLastOpenArticle("interview.md")])
        #expect(app.update(.tick) == [], "saved once")
        // The dialogue view's place is the start of the turn under its cursor.
        KeyScript.send("d j", to: &app)
        let turn = try #require(app.dialogue.cursor)
        let start = TextPosition(block: UIFixtures.interview.turns[turn].blocks.lowerBound, offset: 0)
        #expect(app.update(.tick) == [.saveReadingPosition(position(app, at: start)), .setLastOpenArticle("interview.md")])
        // Back in the list: no article is open.
        KeyScript.send("q q", to: &app)
        #expect(app.update(.tick) == [.setLastOpenArticle(nil)])
    }

    // MARK: Quitting with changes not saved

    /// The interview open, a highlight made, its save failed.
    func appWithAnUnsavedHighlight() -> AppState {
        var app = app()
        app.restore(SavedReadingState())
        app.persistence.recoveryFile = "/state/hearsay/unsaved.json"
        KeyScript.send("<Enter> ) m q", to: &app)
        _ = app.update(.stateNotSaved(Self.problem))
        return app
    }

    static let prompt =
        "1 change NOT SAVED: q again quits and writes the highlight to /state/hearsay/unsaved.json,"
        + " any other key stays (the disk is full)"

    @Test func quittingTriesOnceMoreAndQuitsWhenThatSaves() {
        var app = appWithAnUnsavedHighlight()
        #expect(KeyScript.send("q", to: &app) == [.setLastOpenArticle(nil)])
        #expect(app.persistence.quitting == .retrying)
        #expect(app.update(.stateSaved) == [.quit])
    }

    @Test func aFailedLastTryAsksAndQAgainQuits() {
        var app = appWithAnUnsavedHighlight()
        KeyScript.send("q", to: &app)
        // Every save at quit answers; each failure keeps the question up.
        #expect(app.update(.stateNotSaved(Self.problem)) == [])
        #expect(app.update(.stateNotSaved(Self.problem)) == [])
        #expect(app.persistence.quitting == .confirming)
        #expect(app.message == Self.prompt)
        #expect(ScreenRenderer().render(app).rows[23].contains("1 change NOT SAVED: q again quits and writes"))
        // A tick retries and keeps asking while it fails.
        #expect(app.update(.tick) == [.retryUnsavedState])
        _ = app.update(.stateNotSaved(Self.problem))
        #expect(app.message == Self.prompt)
        #expect(KeyScript.send("q", to: &app) == [.quit])
    }

    @Test func aSaveThatSucceedsWhileAskingQuitsAsAsked() {
        var app = appWithAnUnsavedHighlight()
        KeyScript.send("q", to: &app)
        _ = app.update(.stateNotSaved(Self.problem))
        #expect(app.persistence.quitting == .confirming)
        // The tick's retry goes through: nothing would be lost now, so the quit asked for happens.
        #expect(app.update(.tick) == [.retryUnsavedState])
        #expect(app.update(.stateSaved) == [.quit])
    }

    @Test func onAScreenTooSmallTheQuestionIsAskedThereAndQAgainQuits() {
        var app = appWithAnUnsavedHighlight()
        _ = app.update(.resize(ScreenSize(width: 30, height: 8)))
        #expect(KeyScript.send("q", to: &app) == [.setLastOpenArticle(nil)])
        _ = app.update(.stateNotSaved(Self.problem))
        #expect(app.persistence.quitting == .confirming)
        #expect(
            ScreenRenderer().render(app).rows
                == [
                    "", "      Terminal too small", "       30x8, need 40x10", "      changes NOT SAVED:",
                    "        q again quits", "       other keys stay", "", "",
                ])
        // Not another retry that would ask again: the answer.
        #expect(KeyScript.send("q", to: &app) == [.quit])
    }

    @Test func anyOtherKeyStaysAndDoesNothingElse() {
        var app = appWithAnUnsavedHighlight()
        KeyScript.send("q", to: &app)
        _ = app.update(.stateNotSaved(Self.problem))
        #expect(KeyScript.send("j", to: &app) == [])
        #expect(app.list.selectedArticle == 1, "j was not taken as moving down the list")
        #expect(app.persistence.quitting == nil)
        #expect(app.message == "not quitting: " + Self.problem.message)
        // Quitting again asks again, after one more try.
        #expect(KeyScript.send("q", to: &app) == [.setLastOpenArticle(nil)])
    }

}
