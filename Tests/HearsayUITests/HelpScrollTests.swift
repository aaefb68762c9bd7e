import HearsayTesting
import Testing

@testable import HearsayUI

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
        #expect(top(after: "? <C-f>") == page)
        #expect(top(after: "? <C-f> <C-b>") == 0)
        #expect(top(after: "? <PgDn> <PgDn>") == 2 * page)
        #expect(top(after: "? <PgDn> <PgUp>") == 0)
    }

    @Test func opensWhereTheKeysOfTheCurrentViewAre() throws {
        let content = HelpContent(keymap: .standard)
        let reader = try #require(content.sections[.reader])
        let dialogue = try #require(content.sections[.dialogue])
        // The list's keys fit on the first page under the keys of every view: from the top.
        #expect(try #require(content.sections[.list]).upperBound <= 20)
        #expect(top(after: "?") == 0)
        // The reader's and the dialogue view's do not: their own section first.
        #expect(reader.upperBound > 20 && dialogue.upperBound > 20)
        #expect(top(after: "<Enter> ?") == reader.lowerBound)
        #expect(content.lines[reader.lowerBound] == .heading("Reader"))
        #expect(top(after: "<Enter> d ?") == dialogue.lowerBound)
        #expect(content.lines[dialogue.lowerBound] == .heading("Dialogue view"))
        // Scrolling from there, back to the top.
        #expect(top(after: "<Enter> ? g") == 0)
    }

    @Test func halfPagesWithCtrlDAndCtrlU() {
        #expect(top(after: "? <C-d>") == 10)
        #expect(top(after: "? <C-d> <C-d> <C-d>") == 30)
        #expect(top(after: "? <C-d> <C-d> <C-u>") == 10)
        #expect(top(after: "? <C-u>") == 0)
        #expect(top(after: "? G <C-d>") == lastTop)
        #expect(top(after: "? G <C-u>") == lastTop - 10)
    }

    /// The bottom border says which lines are shown and whether more follow.
    @Test func theBottomBorderShowsThePosition() {
        func bottomBorder(after script: String) -> String {
            var app = AppState(corpus: UIFixtures.corpus, size: ScreenSize(width: 80, height: 24))
            KeyScript.send(script, to: &app)
            return ScreenRenderer().render(app).rowText(22)
        }
        let count = HelpContent(keymap: .standard).lines.count
        func border(_ label: String) -> String {
            "  └" + String(repeating: "─", count: 73 - label.count) + label + "─┘"
        }
        #expect(bottomBorder(after: "?") == border(" lines 1-20 of \(count), more below "))
        #expect(bottomBorder(after: "? j") == border(" lines 2-21 of \(count), more below "))
        #expect(bottomBorder(after: "? G") == border(" lines \(count - 19)-\(count) of \(count), end "))
        #expect(HelpOverlayView.position(top: 0, page: 20, lineCount: 20) == nil)
        #expect(HelpOverlayView.position(top: 0, page: 20, lineCount: 21) == " lines 1-20 of 21, more below ")
    }
}
