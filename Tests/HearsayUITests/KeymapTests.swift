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
}
