import Testing

@testable import HearsayTheme

struct ResolvedThemeTests {
    @Test func unsetColorsInheritTheScreenAndMissingRolesTheFallback() throws {
        let theme = try ThemeParser.parse(
            """
            name = "partial"
            screen = { fg = "#101010", bg = "#fafafa" }
            title = { fg = "#ff0000", attrs = ["bold"] }
            strong = { attrs = ["bold"] }
            """, file: "partial.toml")
        let fallback = try ThemeParser.parse(builtinText("default"), file: "default")
        let resolved = ResolvedTheme(theme, depth: .trueColor, fallback: fallback)
        #expect(resolved[.title] == TerminalStyle(foreground: .rgb(255, 0, 0), background: .rgb(0xfa, 0xfa, 0xfa), attributes: [.bold]))
        // `strong` is an overlay: no inherited colours.
        #expect(resolved[.strong] == TerminalStyle(attributes: [.bold]))
        // `link` is missing: the default theme's link, on this theme's screen.
        #expect(
            resolved[.link]
                == TerminalStyle(foreground: .rgb(0x5f, 0xaf, 0xff), background: .rgb(0xfa, 0xfa, 0xfa), attributes: [.underline]))
        #expect(resolved.speakers.count == 10)
        #expect(resolved.highlights.count == 5)
    }

    @Test func resolvesAtEachDepth() throws {
        let theme = try ThemeParser.parse(builtinText("default"), file: "default")
        let selected: [ColorDepth: TerminalStyle] = [
            .trueColor: TerminalStyle(foreground: .rgb(0x1c, 0x1c, 0x1c), background: .rgb(0x5f, 0xaf, 0xd7), attributes: [.bold]),
            .colors256: TerminalStyle(foreground: .indexed(234), background: .indexed(74), attributes: [.bold]),
            .colors16: TerminalStyle(foreground: .indexed(0), background: .indexed(6), attributes: [.bold]),
            .colors8: TerminalStyle(foreground: .indexed(0), background: .indexed(6), attributes: [.bold]),
            .none: TerminalStyle(attributes: [.reverse, .bold]),
        ]
        for (depth, expected) in selected {
            #expect(ResolvedTheme(theme, depth: depth)[.listSelected] == expected, "\(depth)")
        }
    }
}

extension ResolvedThemeTests {
    @Test func speakerColorsMergeWhenTheDepthCannotTellThemApart() throws {
        let theme = try ThemeParser.parse(builtinText("default"), file: "default")
        func foregrounds(_ depth: ColorDepth) -> [TerminalColor] { ResolvedTheme(theme, depth: depth).speakers.map(\.foreground) }
        #expect(foregrounds(.trueColor).count == 10)
        // All ten are cube colours: exact at 256.
        #expect(foregrounds(.colors256) == [210, 114, 221, 75, 177, 80, 215, 212, 149, 111].map { .indexed($0) })
        // colour-science's nearest-8 of the ten is [1, 2, 3, 6, 5, 6, 7, 5, 3, 7]: six distinct, in
        // order; white, the guessed text colour, is the terminal's own foreground.
        #expect(foregrounds(.colors8) == [1, 2, 3, 6, 5].map { .indexed($0) } + [.default])
        #expect(ResolvedTheme(theme, depth: .none).speakers == [TerminalStyle(attributes: [.bold])])
    }
}
