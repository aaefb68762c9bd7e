import HearsayTesting
import Testing

@testable import HearsayUI

@Suite struct SearchKeymapTests {
    @Test func keysDependOnTheView() {
        let keymap = Keymap.standard
        #expect(keymap.action(for: .character("/"), in: [.list, .views, .everywhere]) == .search(.beginListFilter))
        #expect(keymap.action(for: .character("/"), in: [.reader, .views, .everywhere]) == .search(.begin(.forward)))
        #expect(keymap.action(for: .character("\\"), in: [.dialogue, .views, .everywhere]) == .search(.begin(.backward)))
        #expect(keymap.action(for: .character("N"), in: [.reader, .views, .everywhere]) == .search(.previous))
        #expect(keymap.action(for: .character("F"), in: [.list, .views, .everywhere]) == .search(.beginCoverage))
        #expect(keymap.action(for: .escape, in: [.searchResults, .everywhere]) == .search(.closeResults))
    }

    @Test func helpListsTheSearchKeys() {
        let lines = HelpContent(keymap: .standard).lines
        #expect(lines.contains(.heading("Search in the article")))
        #expect(lines.contains(.binding(keys: "\\", help: "search backward as you type")))
        #expect(lines.contains(.binding(keys: "/ \\ n N", help: "as in the reader, over the shown turns")))
        #expect(lines.contains(.binding(keys: "F", help: "search every article (speaker:\"Name\" words for one speaker's turns)")))
        #expect(lines.contains(.heading("Search results")))
    }

    @Test func helpFromTheResultsAndPromptKeysAreTyped() {
        var app = AppState(corpus: UIFixtures.corpus, size: ScreenSize(width: 80, height: 24))
        KeyScript.send("<Enter> / q ?", to: &app)  // q and ? are typed, not quit or help
        #expect(app.search.prompt?.editor.text == "q?")
        #expect(app.overlay == .searchPrompt)
    }
}
