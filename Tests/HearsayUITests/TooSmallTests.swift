import Foundation
import HearsayModel
import HearsayTesting
import Testing

@testable import HearsayUI

/// A terminal smaller than the minimum shows only a message, so no key may change anything
/// unseen: only `q` and Ctrl-C (both quit, saving as quitting does) do anything.
@Suite struct TooSmallTests {
    static let small = ScreenSize(width: 30, height: 8)
    static let normal = ScreenSize(width: 80, height: 24)

    /// The interview's dialogue view on turn 2, the clock fixed.
    func dialogue() -> AppState {
        var app = AppState(corpus: UIFixtures.corpus, size: Self.normal)
        app.environment.now = { Date(timeIntervalSince1970: 1_750_000_000) }
        KeyScript.send("<Enter> d j j", to: &app)
        return app
    }

    @Test func everyOtherKeyDoesNothing() {
        var app = dialogue()
        let before = ScreenRenderer().render(app)
        _ = app.update(.resize(Self.small))
        // Moves, overlays, highlights, themes, search, back, suspend: none of them.
        let keys = "j k J > 1 G <Space> <C-d> ? s H F / m x v a t d <Enter> h <Esc> <C-z> <C-l> <Tab> Q"
        for key in KeyScript.keys(keys) {
            #expect(app.update(.key(key)) == [], "\(key) did something while the terminal was too small")
        }
        #expect(app.overlay == nil && app.focus == .dialogue && app.dialogue.cursor == 2 && app.message == nil)
        _ = app.update(.resize(Self.normal))
        #expect(ScreenRenderer().render(app) == before)
    }

    @Test func qQuitsTheProgramSavingAsQuittingDoes() {
        var quitting = dialogue()
        let expected = KeyScript.send("<C-c>", to: &quitting)
        #expect(expected.last == .quit && expected.contains(.setLastOpenArticle("interview.md")))
        for key in ["q", "<C-c>"] {
            var app = dialogue()
            _ = app.update(.resize(Self.small))
            #expect(KeyScript.send(key, to: &app) == expected, "\(key)")
        }
    }

    @Test func theMessageSaysWhichKeysWork() {
        var app = dialogue()
        _ = app.update(.resize(Self.small))
        #expect(
            ScreenRenderer().render(app).rows
                == ["", "", "      Terminal too small", "       30x8, need 40x10", "      q or Ctrl-C quits", "", "", ""])
    }
}
