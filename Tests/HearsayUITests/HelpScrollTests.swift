import HearsayTesting
@testable import HearsayUI
import Testing

/// The help overlay scrolls like a pager: by line, by page, to either end, and never past them.
struct HelpScrollTests {
    func top(after script: String) -> Int? {
        var app = AppState(corpus: UIFixtures.corpus, size: ScreenSize(width: 80, height: 24))
        KeyScript.send(script, to: &app)
        guard case .help(let help) = app.overlay else { return nil }
        return help.top
    }

    var lastTop: Int {
        let app = AppState(corpus: UIFixtures.corpus, size: ScreenSize(width: 80, height: 24))
        return HelpContent(keymap: .standard).lines.count - app.helpPageHeight
    }

    @Test func scrollsByLineAndPageAndToEitherEnd() {
        let page = AppState(corpus: UIFixtures.corpus, size: ScreenSize(width: 80, height: 24)).helpPageHeight
        #expect(page == 20)  // the box fills the 22 rows between title and status bar, less its borders
        #expect(lastTop > page)  // the keymap is longer than one page at 80×24
        #expect(top(after: "? j j") == 2)
        #expect(top(after: "? j j k") == 1)
        #expect(top(after: "? <Space>") == page)
        #expect(top(after: "? <Space> b") == 0)
        #expect(top(after: "? G") == lastTop)
        #expect(top(after: "? G j <Space>") == lastTop)
        #expect(top(after: "? G g") == 0)
        #expect(top(after: "? <End> <Home>") == 0)
        #expect(top(after: "? k") == 0)
    }
}
