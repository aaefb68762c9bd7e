import HearsayTesting
import HearsayUI
import Testing

@Suite struct KeymapTests {
    @Test func noKeyIsBoundTwiceInOneMode() {
        for section in Keymap.standard.sections {
            let keys = section.bindings.flatMap(\.keys)
            #expect(Set(keys).count == keys.count, "duplicate key in \(section.mode)")
        }
    }

    @Test func dispatchFollowsTheTableTheHelpIsMadeOf() {
        let keymap = Keymap.standard
        for section in keymap.sections {
            for binding in section.bindings {
                for key in binding.keys {
                    #expect(keymap.action(for: key, in: [section.mode]) == binding.action)
                }
            }
        }
    }

    @Test func helpListsEveryListedBindingUnderItsSection() {
        let content = HelpContent(keymap: .standard)
        let listed = Keymap.standard.sections.flatMap { $0.bindings.filter(\.listedInHelp) }
        let lines = content.lines.compactMap { line -> String? in
            if case .binding(let keys, let help) = line { return keys + " " + help }
            return nil
        }
        #expect(lines == listed.map { $0.keyLabel + " " + $0.help })
        let headings = content.lines.compactMap { line -> String? in
            if case .heading(let title) = line { return title }
            return nil
        }
        #expect(headings == Keymap.standard.sections.map(\.title))
    }

    @Test func innerModesWinOverOuterOnes() {
        // `q` closes the help overlay, goes back in views.
        #expect(Keymap.standard.action(for: .character("q"), in: [.help, .everywhere]) == .help(.close))
        #expect(Keymap.standard.action(for: .character("q"), in: [.reader, .views, .everywhere]) == .app(.back))
        #expect(Keymap.standard.action(for: .control("c"), in: [.speakerFilter, .everywhere]) == .app(.quit))
    }

    /// Every list-like view moves with the same keys: j/k and arrows, g/G and Home/End, PgDn/PgUp
    /// and Ctrl-f/Ctrl-b, each pair bound to one move, six different moves; Space/b page too
    /// except in the speaker filter, where Space toggles.
    @Test(arguments: [InputMode.list, .help, .speakerFilter, .highlightsView, .searchResults])
    func everyListMovesWithTheSameKeys(mode: InputMode) {
        let keymap = Keymap.standard
        var groups: [[Key]] = [
            [.character("j"), .down], [.character("k"), .up], [.character("g"), .home],
            [.character("G"), .end], [.pageDown, .control("f")], [.pageUp, .control("b")],
        ]
        if mode != .speakerFilter {
            groups[4].append(.space)
            groups[5].append(.character("b"))
        }
        var moves: [Action] = []
        for keys in groups {
            let actions = keys.map { keymap.action(for: $0, in: [mode]) }
            #expect(actions.allSatisfy { $0 != nil && $0 == actions[0] }, "\(mode): \(keys) \(actions)")
            if let action = actions[0] { moves.append(action) }
        }
        #expect(Set(moves).count == 6, "\(mode): \(moves)")
    }

    @Test func ctrlZSuspendsAndCtrlLRedrawsFromAnyView() {
        for script in ["", "<Enter>", "<Enter> d", "<Enter> d s", "?", "H"] {
            var app = AppState(corpus: UIFixtures.corpus, size: ScreenSize(width: 80, height: 24))
            KeyScript.send(script, to: &app)
            let overlay = app.overlay, focus = app.focus
            #expect(KeyScript.send("<C-z>", to: &app) == [.suspend], "after \(script)")
            #expect(KeyScript.send("<C-l>", to: &app) == [.redrawScreen], "after \(script)")
            #expect(app.overlay == overlay && app.focus == focus)
        }
    }
}
