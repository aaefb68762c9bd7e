import HearsayTesting
import HearsayUI
import Testing

/// Golden screens of searching the fixture corpus (HEARSAY_UPDATE_GOLDEN=1 rewrites them).
@Suite struct SearchGoldenScreenTests {
    /// The screen after `steps`, with a pause after each but the last (the runtime folds and
    /// searches while no key waits: `finishSearchWork`).
    func check(_ name: String, _ steps: String...) {
        let size = ScreenSize(width: 80, height: 24)
        var app = AppState(corpus: UIFixtures.corpus, size: size)
        for (index, step) in steps.enumerated() {
            if index > 0 { app.finishSearchWork() }
            KeyScript.send(step, to: &app)
        }
        let mismatch = GoldenScreen.mismatch(ScreenRenderer().render(app), named: "\(name)-80x24", styles: true)
        #expect(mismatch == nil, "\(mismatch ?? "")")
    }

    /// Every 潮汐 highlighted (the title's too), the second one current, the counter in the status bar.
    @Test func highlightedSearchInTheReader() { check("search-reader", "<Enter> / 潮 汐 <Enter> n") }

    /// The dialogue view: the matches in the turns on screen highlighted, the first one current.
    @Test func highlightedSearchInTheDialogueView() { check("search-dialogue", "<Enter> d / 潮 汐 <Enter>") }

    /// Typing at the prompt: the counter on the right, the terminal cursor after the text.
    @Test func promptWhileTyping() {
        check("search-prompt", "<Enter> / s t o r")
        var app = AppState(corpus: UIFixtures.corpus, size: ScreenSize(width: 80, height: 24))
        KeyScript.send("<Enter> / s t o r", to: &app)
        #expect(ScreenRenderer().render(app).cursor == CursorPosition(x: 5, y: 23))
    }

    /// The coverage results for 储能, the fourth one (in Maria Keller's turn) selected.
    @Test func coverageResults() { check("search-results", "F 储 能", "<Enter> j j j") }

    /// The list filtered to the articles where Maria speaks.
    @Test func filteredList() { check("search-list-filter", "/", "M a r i a <Enter>") }
}
