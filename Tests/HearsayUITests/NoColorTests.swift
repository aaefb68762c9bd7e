import HearsayModel
import HearsayTesting
import HearsayTheme
import Testing

@testable import HearsayUI

/// Without colour (`NO_COLOR`, `--color never`): `t` says themes need colour, and help says how
/// each highlight colour looks instead.
@Suite struct NoColorTests {
    func app(depth: ColorDepth) throws -> AppState {
        try ThemeUITests.state(depth: depth)
    }

    @Test func themesNeedColour() throws {
        var app = try app(depth: .none)
        let effects = KeyScript.send("t", to: &app)
        #expect(effects.isEmpty, "the config is not rewritten")
        #expect(app.theme?.currentName == "default")
        #expect(app.message == "Themes need colour (NO_COLOR or --color never is in effect)")
        var colored = try self.app(depth: .colors256)
        #expect(KeyScript.send("t", to: &colored) == [.rememberTheme(colored.theme!.currentName)])
    }

    @Test func helpSaysHowEachHighlightColourLooks() throws {
        let lines = try app(depth: .none).helpContent.lines
        #expect(
            Array(lines.suffix(6)) == [
                .heading("Highlight colours on this terminal (no colour to show them)"),
                .binding(keys: "colour 1", help: "underline"),
                .binding(keys: "colour 2", help: "underline bold"),
                .binding(keys: "colour 3", help: "underline reverse"),
                .binding(keys: "colour 4", help: "underline dim"),
                .binding(keys: "colour 5", help: "underline bold reverse"),
            ])
        #expect(try app(depth: .colors256).helpContent == HelpContent(keymap: .standard))
    }
}
