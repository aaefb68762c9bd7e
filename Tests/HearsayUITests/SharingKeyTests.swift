import HearsayModel
import HearsayTesting
import Testing

@testable import HearsayUI

/// `o` opens the article's source link, `y` copies what is under the reading cursor.
@Suite struct SharingKeyTests {
    func reader(_ keys: String) -> (AppState, [Effect]) {
        var app = AppState(corpus: UIFixtures.corpus, size: ScreenSize(width: 80, height: 24))
        let effects = KeyScript.send(keys, to: &app)
        return (app, effects)
    }

    @Test func oOpensTheSourceLink() {
        // The interview, first in the list, has a source link.
        let (app, effects) = reader("<Enter> o")
        #expect(effects.last == .openURL("https://www.example.org/tide"))
        #expect(app.message == "opening https://www.example.org/tide")
        // The feature (second) has none.
        let (bare, bareEffects) = reader("j <Enter> o")
        #expect(!bareEffects.contains { if case .openURL = $0 { true } else { false } })
        #expect(bare.message == "this article has no source link (front matter source, url or link)")
        // The dialogue view too.
        #expect(reader("<Enter> d o").1.last == .openURL("https://www.example.org/tide"))
    }

    @Test func yCopiesTheSentenceOrTheHighlightUnderTheCursor() throws {
        var (off, _) = reader("<Enter>")
        #expect(KeyScript.send("y", to: &off).isEmpty && off.message == "y copies the sentence under the reading cursor: ) starts it")
        var (app, _) = reader("<Enter> )")
        let sentence = try #require(app.textUnderCursor(in: UIFixtures.interview))
        #expect(KeyScript.send("y", to: &app) == [.copyToClipboard(sentence)])
        #expect(app.message == "copied \(sentence.count) characters")
        // On a highlight: its text.
        KeyScript.send("m", to: &app)
        let highlight = try #require(app.highlightUnderCursor)
        #expect(KeyScript.send("y", to: &app) == [.copyToClipboard(highlight.anchor.exact)])
        app.clipboard = ClipboardPolicy.decide(setting: false, term: "xterm")
        #expect(KeyScript.send("y", to: &app).isEmpty && app.message == "copying is off: [terminal] clipboard = false")
    }

    @Test func theLinuxConsoleCannotCopyUnlessTheConfigSaysSo() {
        #expect(!ClipboardPolicy.decide(setting: nil, term: "linux").isEnabled)
        #expect(ClipboardPolicy.decide(setting: true, term: "linux").isEnabled)
        #expect(ClipboardPolicy.decide(setting: nil, term: "tmux-256color").isEnabled)
    }

    /// Links on screen are recorded with their cells, for the backend's OSC 8: the source line
    /// and a link in the text.
    @Test func linksOnScreenAreRecordedForHyperlinks() {
        var app = AppState(corpus: UIFixtures.corpus, size: ScreenSize(width: 80, height: 60))
        KeyScript.send("<Enter>", to: &app)
        let screen = ScreenRenderer().render(app)
        let urls = screen.hyperlinks.map(\.url)
        #expect(urls.contains("https://www.example.org/tide"))
        #expect(urls.contains("https://example.org/report"))
        let report = screen.hyperlinks.first { $0.url == "https://example.org/report" }!
        let shown = report.columns.map { screen[$0, report.y].text }.joined()
        #expect(shown == "评估报告")
    }
}
