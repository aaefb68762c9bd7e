import HearsayTesting
import Testing

@testable import HearsayUI

/// `[keys]` in config.toml, and help showing the keys as they are.
@Suite struct KeyConfigTests {
    @Test func keyNamesAsConfigWritesThem() {
        #expect(Key(configName: "J") == .character("J"))
        #expect(Key(configName: "?") == .character("?"))
        #expect(Key(configName: "Ctrl-n") == .control("n"))
        #expect(Key(configName: "C-N") == .control("n"))
        #expect(Key(configName: "^p") == .control("p"))
        #expect(Key(configName: "space") == .space)
        #expect(Key(configName: "PgDn") == .pageDown)
        #expect(Key(configName: "F5") == .function(5))
        #expect(Key(configName: "Ctrl-") == nil)
        #expect(Key(configName: "jk") == nil)
    }

    /// `"J" = "next-article"`: J moves to the next article in the reader and the dialogue view
    /// (where it went to the same speaker's next turn), Ctrl-n still does, help says both.
    @Test func aBoundKeyActsAndHelpSaysSo() {
        let configured = ConfiguredKeys([.init(key: "J", action: "next-article", line: 3)])
        #expect(configured.problems.isEmpty)
        var app = AppState(corpus: UIFixtures.corpus, size: ScreenSize(width: 80, height: 24), keymap: configured.keymap)
        KeyScript.send("<Enter> J", to: &app)
        #expect(app.reader.article == 0 && app.message?.hasPrefix("2/4 ") == true)
        KeyScript.send("<C-n>", to: &app)
        #expect(app.reader.article == 3)
        KeyScript.send("d J", to: &app)
        #expect(app.focus == .reader && app.reader.article == 2)
        let help = HelpContent(keymap: configured.keymap).lines
        #expect(help.contains(.binding(keys: "J Ctrl-n", help: "next article in the list")))
        #expect(!help.contains(.binding(keys: "J", help: "next turn by the same speaker")))
        #expect(!help.contains { if case .binding("", _) = $0 { true } else { false } })
    }

    @Test func badLinesAreNamedAndLeftOut() {
        let configured = ConfiguredKeys([
            .init(key: "Ctrl-", action: "quit", line: 2),
            .init(key: "x", action: "nxt-article", line: 3),
            .init(key: "Ctrl-c", action: "help", line: 4),
            .init(key: "X", action: "quit", line: 5),
        ])
        #expect(configured.problems.count == 3)
        #expect(
            configured.problems[0] == "line 2: keys.Ctrl-: not a key (one character, Ctrl-x, Enter, Esc, Tab, Space, Up, PgDn, Home, F1…)")
        #expect(configured.problems[1].hasPrefix("line 3: keys.x: unknown action 'nxt-article' (known: quit, back, help,"))
        #expect(configured.problems[2] == "line 4: keys.Ctrl-c: Ctrl-c always quits")
        #expect(configured.keymap.action(for: .character("X"), in: [.everywhere]) == .app(.quit))
        #expect(configured.keymap.action(for: .character("x"), in: [.highlighting]) == .highlight(.remove))
    }

    @Test func everyActionNameBindsSomething() {
        for entry in ActionName.table {
            for action in entry.actions {
                #expect(Keymap.standard.sections.contains { $0.bindings.contains { $0.action == action } }, "\(entry.name)")
            }
        }
    }

    @Test func helpSaysTheColoursOfOneToFive() {
        let help = HelpContent(keymap: .standard).lines
        #expect(help.contains(.binding(keys: "1–5", help: "highlight the selection in colour 1–5")))
        #expect(!help.contains(.binding(keys: "1–5", help: "highlight the selection in colour 1")))
    }

    /// At 120 columns the box is wide enough for every line: nothing is cut with `…`.
    @Test func helpTruncatesNothingAt120Columns() {
        var app = AppState(corpus: UIFixtures.corpus, size: ScreenSize(width: 120, height: 40))
        KeyScript.send("?", to: &app)
        let lineCount = app.helpContent.lines.count
        var seen = 0
        while seen < lineCount {
            let screen = ScreenRenderer().render(app)
            #expect(!(1..<39).contains { screen.rowText($0).contains("…") })
            seen += app.helpPageHeight
            KeyScript.send("<Space>", to: &app)
        }
    }

    /// Page by page, every help line shows once: the last page is short rather than repeating.
    @Test func pagesNeverRepeatALine() {
        var app = AppState(corpus: UIFixtures.corpus, size: ScreenSize(width: 80, height: 24))
        KeyScript.send("?", to: &app)
        let page = app.helpPageHeight, count = app.helpContent.lines.count
        var tops: [Int] = []
        for _ in 0..<(count / page + 2) {
            guard case .help(let help) = app.overlay else { break }
            if tops.last != help.top { tops.append(help.top) }
            KeyScript.send("<Space>", to: &app)
        }
        #expect(tops == Array(stride(from: 0, to: count, by: page)))
        #expect(count % page != 0, "the fixture's help ends on a short page, which is the case checked")
        KeyScript.send("b", to: &app)
        guard case .help(let help) = app.overlay else { Issue.record("help closed"); return }
        #expect(help.top == tops[tops.count - 2])
    }
}
