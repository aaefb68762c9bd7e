import Testing

@testable import HearsayTheme

/// Mapping a theme to a small palette must not make anything vanish: text keeps a colour apart
/// from its background, and the five highlight colours stay five.
struct LowDepthLegibilityTests {
    static let depths: [ColorDepth] = [.trueColor, .colors256, .colors16, .colors8]

    static func resolved(_ name: String, _ depth: ColorDepth) throws -> ResolvedTheme {
        ResolvedTheme(try ThemeParser.parse(builtinText(name), file: name), depth: depth, fallback: ThemeCatalog.defaultTheme)
    }

    /// What a cell of `style` shows: `.default` colours are the page's.
    static func shown(_ style: TerminalStyle, on page: TerminalStyle) -> (foreground: TerminalColor, background: TerminalColor) {
        (
            style.foreground == .default ? page.foreground : style.foreground,
            style.background == .default ? page.background : style.background
        )
    }

    @Test(arguments: ShippedThemeTests.names, depths)
    func everyRoleKeepsItsTextApartFromItsBackground(name: String, depth: ColorDepth) throws {
        let theme = try Self.resolved(name, depth)
        for role in ThemeRole.allCases {
            let style = theme[role]
            // An overlay without a foreground keeps the text's own.
            if ResolvedTheme.overlays.contains(role) && style.foreground == .default { continue }
            let cell = Self.shown(style, on: theme.page)
            #expect(cell.foreground != cell.background, "\(name) at \(depth): \(role) is \(style)")
        }
        for speaker in theme.speakers {
            let cell = Self.shown(speaker, on: theme.page)
            #expect(cell.foreground != cell.background, "\(name) at \(depth): speaker \(speaker)")
        }
    }

    @Test(arguments: ShippedThemeTests.names.filter { $0 != "monochrome" }, depths)
    func theFiveHighlightsStayDistinctAndApartFromPageAndText(name: String, depth: ColorDepth) throws {
        let theme = try Self.resolved(name, depth)
        let text = Self.shown(theme[.body], on: theme.page).foreground
        #expect(theme.highlights.count == 5)
        #expect(Set(theme.highlights).count == 5, "\(name) at \(depth): \(theme.highlights)")
        #expect(!theme.highlights.contains(theme.page.background), "\(name) at \(depth): \(theme.highlights) on \(theme.page)")
        #expect(!theme.highlights.contains(text), "\(name) at \(depth): \(theme.highlights) under \(text)")
    }

    @Test(arguments: depths)
    func monochromeHighlightsAreMarkedByTheirAttributes(depth: ColorDepth) throws {
        // Monochrome asks for no colour at all: its highlights are underlined, whatever the depth.
        let theme = try Self.resolved("monochrome", depth)
        #expect(theme.highlights == Array(repeating: .default, count: 5))
        #expect(theme.highlightAttributes == [.underline])
    }
}

/// The concrete cases the audit found, with what a user now sees. The expected entries were
/// also computed by an independent implementation of CIEDE2000 and the assignment.
extension LowDepthLegibilityTests {
    @Test func lightAtEightColorsDrawsGreyTextBlackAndBarsReversed() throws {
        let light = try Self.resolved("light", .colors8)
        #expect(light.page == TerminalStyle(foreground: .indexed(0), background: .indexed(7)))
        // #a8a8a8 and #8a8a8a map to white, as does the page: the nearest other grey is black.
        #expect(light[.separator] == TerminalStyle(foreground: .indexed(0), background: .indexed(7)))
        #expect(light[.rule] == TerminalStyle(foreground: .indexed(0), background: .indexed(7)))
        // Read titles and metadata lose their grey: `mono = ["dim"]` keeps them apart from text.
        #expect(light[.listRead] == TerminalStyle(foreground: .indexed(0), background: .indexed(7), attributes: [.dim]))
        #expect(light[.listMetadata] == TerminalStyle(foreground: .indexed(0), background: .indexed(7), attributes: [.dim]))
        // Light grey bars on a white page: reversed (`mono`), as without colour.
        #expect(light[.statusBar] == TerminalStyle(foreground: .indexed(0), background: .indexed(7), attributes: [.reverse]))
        #expect(light[.listSelectedInactive] == TerminalStyle(foreground: .indexed(0), background: .indexed(7), attributes: [.reverse]))
        #expect(light[.selection] == TerminalStyle(background: .indexed(7), attributes: [.underline, .reverse]))
        // Before: yellow, green, then white, white, white (the page's colour).
        #expect(light.highlights == [3, 2, 6, 5, 1].map { .indexed($0) })
        // At 16 colours the greys have grey (8) and the page bright white (15): nothing to repair.
        let light16 = try Self.resolved("light", .colors16)
        #expect(light16[.separator] == TerminalStyle(foreground: .indexed(8), background: .indexed(15)))
        #expect(light16.highlights == [11, 10, 6, 13, 7].map { .indexed($0) })
    }

    @Test func defaultAtLowDepthsKeepsHighlightsOffTheDarkPage() throws {
        let eight = try Self.resolved("default", .colors8)
        // The theme's text colours are light, so the terminal's own background is taken to be black.
        #expect(eight.page == TerminalStyle(foreground: .indexed(7), background: .indexed(0)))
        // Before: black, black, blue, blue, red.
        #expect(eight.highlights == [3, 2, 4, 5, 1].map { .indexed($0) })
        // #585858 maps to black, the page: the nearest other grey is white, the guessed text
        // colour, so the terminal's own foreground draws it (white is invisible on a white terminal).
        #expect(eight[.separator] == TerminalStyle())
        #expect(eight[.listRead] == TerminalStyle(attributes: [.dim]))
        // Grey metadata was dim white (`2;37`): now dim in the terminal's own colour.
        #expect(eight[.metadata] == TerminalStyle(attributes: [.dim]))
        #expect(eight[.listMetadata] == TerminalStyle(attributes: [.dim]))
        #expect(ANSIEscapes.sgr(eight[.metadata]) != ANSIEscapes.sgr(TerminalStyle(foreground: .indexed(7), attributes: [.dim])))
        // Before: 8, 8, 12, 4, 8.
        let sixteen = try Self.resolved("default", .colors16)
        #expect(sixteen.highlights == [8, 2, 12, 4, 1].map { .indexed($0) })
        // At 256 nothing clashed, so nothing moved.
        let palette = try Self.resolved("default", .colors256)
        #expect(palette.highlights == [58, 22, 24, 53, 94].map { .indexed($0) })
        #expect(palette[.separator] == TerminalStyle(foreground: .indexed(240)))
    }

    @Test func solarizedKeepsYellowAndGreenApartAndItsGreysGrey() throws {
        // Before: yellow and yellow for highlights 1 and 2 at 16 and 8 colours.
        #expect(try Self.resolved("solarized-dark", .colors16).highlights == [3, 2, 12, 5, 1].map { .indexed($0) })
        let eight = try Self.resolved("solarized-dark", .colors8)
        #expect(eight.highlights == [3, 2, 6, 5, 1].map { .indexed($0) })
        // base0 (#839496), the body text, is a grey: white at 8 colours, not magenta.
        #expect(eight[.body] == TerminalStyle(foreground: .indexed(7), background: .indexed(0)))
    }
}

struct HighlightColorAssignmentTests {
    @Test func nearestEntriesWhenNothingClashes() {
        let colors: [ThemeColor] = ["#ff0000", "#00ff00", "#0000ff", "#ffff00", "#00ffff"].map { ThemeColor(name: $0)! }
        let result = HighlightColorAssignment.assign(colors, at: .colors8, avoiding: [.indexed(0), .indexed(7)])
        #expect(result.colors == [1, 2, 4, 3, 6].map { .indexed($0) })
        #expect(result.distinct)
    }

    @Test func closestInTotalRatherThanGreedy() {
        // Both are nearest to yellow (3), green more so; greedily green would take yellow.
        let colors: [ThemeColor] = [ThemeColor(name: "#b58900")!, ThemeColor(name: "#859900")!]
        let result = HighlightColorAssignment.assign(colors, at: .colors8, avoiding: [.indexed(0)])
        #expect(result.colors == [.indexed(3), .indexed(2)])
    }

    @Test func tooFewEntriesLeftShareTheNearest() {
        let colors: [ThemeColor] = [.indexed(1), .indexed(2), .indexed(3)]
        let avoided: Set<TerminalColor> = Set((0...5).map { TerminalColor.indexed($0) })
        let result = HighlightColorAssignment.assign(colors, at: .colors8, avoiding: avoided)
        #expect(result.colors.allSatisfy { [.indexed(6), .indexed(7)].contains($0) })
        #expect(!result.distinct)
    }

    @Test func defaultColorsAndTrueColorAreLeftAlone() {
        let colors: [ThemeColor] = [.default, ThemeColor(name: "#010203")!]
        #expect(HighlightColorAssignment.assign(colors, at: .trueColor, avoiding: [.rgb(1, 2, 3)]).colors == [.default, .rgb(1, 2, 3)])
        #expect(HighlightColorAssignment.assign(colors, at: .colors8, avoiding: []).colors == [.default, .indexed(0)])
    }

    @Test func highlightsColorCannotTellApartTakeTheirMonoAttributes() throws {
        let theme = try ThemeParser.parse(
            """
            name = "same"
            [highlights]
            colors = ["#5f5f00", "#5f5f00", "#5f5f00", "#5f5f00", "#5f5f00"]
            mono = ["underline"]
            """, file: "same.toml")
        // Drawn as written at true colour, so only the attribute can mark them.
        let exact = ResolvedTheme(theme, depth: .trueColor, fallback: ThemeCatalog.defaultTheme)
        #expect(exact.highlightAttributes == [.underline])
        // At 8 colours they take five different entries, which do.
        let eight = ResolvedTheme(theme, depth: .colors8, fallback: ThemeCatalog.defaultTheme)
        #expect(Set(eight.highlights).count == 5)
        #expect(eight.highlightAttributes == [])
    }
}

struct PageColorsTests {
    @Test func theScreenRoleWhenItHasColors() throws {
        let light = try ThemeParser.parse(builtinText("light"), file: "light")
        let page = PageColors(screen: light.roles[.screen]!, roles: Array(light.roles.values), speakers: light.speakers)
        #expect(page == PageColors(foreground: RGBColor(0x30, 0x30, 0x30), background: RGBColor(0xff, 0xff, 0xff)))
    }

    @Test func theTerminalsOwnColorsAreGuessedFromTheThemesTextColors() {
        let screen = ThemeRoleStyle(foreground: .default, background: .default)
        let darkText = [
            ThemeRoleStyle(foreground: ThemeColor(name: "#303030")), ThemeRoleStyle(foreground: .indexed(4)),
            // A role's own background says nothing about the page: not counted.
            ThemeRoleStyle(foreground: ThemeColor(name: "#ffffff"), background: .indexed(4)),
        ]
        #expect(PageColors(screen: screen, roles: darkText, speakers: []) == .light)
        let lightText = [ThemeRoleStyle(foreground: ThemeColor(name: "#d0d0d0")), ThemeRoleStyle(foreground: .indexed(11))]
        #expect(PageColors(screen: screen, roles: lightText, speakers: []) == .dark)
        #expect(PageColors(screen: screen, roles: [], speakers: []) == .dark)
        // Only the background given: the text is the guess for that background.
        let white = ThemeRoleStyle(background: ThemeColor(name: "#fafafa"))
        #expect(
            PageColors(screen: white, roles: [], speakers: [])
                == PageColors(foreground: RGBColor(0, 0, 0), background: RGBColor(0xfa, 0xfa, 0xfa)))
    }
}
