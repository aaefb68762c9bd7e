import Foundation
import HearsayModel
import HearsayTesting
import Testing

@testable import HearsayUI

/// `H` calls a highlight orphaned only when its article is loaded and its text is gone from it;
/// a highlight of an article not loaded is unchecked, as the CLI says (issue 18 item 6).
struct HighlightsViewNotLoadedTests {
    /// The saved highlights of `HighlightsViewTests` and one of an article not among the files.
    static var saved: SavedReadingState {
        var saved = HighlightsViewTests.saved
        var elsewhere = HighlightsViewTests.highlight(
            7, in: UIFixtures.interview, block: 0, quote: "Maria Keller joins from Hamburg.", color: 4)
        elsewhere.articleID = "archive/old.md"
        saved.highlights.append(elsewhere)
        return saved
    }

    func app() -> AppState {
        var app = AppState(corpus: UIFixtures.corpus, size: ScreenSize(width: 80, height: 24))
        app.restore(Self.saved)
        KeyScript.send("H", to: &app)
        return app
    }

    @Test func theRowsSayOrphanedOrUnchecked() {
        let rows = ScreenRenderer().render(app()).rows
        #expect(rows[6] == "    2  [orphaned] 这一句后来被编辑删掉了。", "its article is loaded, its text gone")
        #expect(rows[9] == " archive/old.md (not loaded)")
        #expect(rows[10] == "    4  [unchecked] Maria Keller joins from Hamburg.")
        #expect(rows.filter { $0.contains("[orphaned]") }.count == 1)
    }

    @Test func enterOnAnUncheckedHighlightSaysItsArticleIsNotLoaded() {
        var app = app()
        KeyScript.send("G <Enter>", to: &app)
        #expect(app.overlay == .highlights(HighlightsViewState(colorFilter: nil).with(selection: 4)))
        #expect(app.message == "its article is not loaded")
    }
}

extension HighlightsViewState {
    func with(selection: Int) -> HighlightsViewState {
        var copy = self
        copy.selection = selection
        return copy
    }
}
