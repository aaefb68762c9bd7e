import HearsayModel
import HearsayTesting
import HearsayText
import HearsayTheme
import Testing

@testable import HearsayUI

/// Themes in the UI core: `t` cycles them live, the renderer draws with the current one, the
/// colour depth re-resolves them, and speakers keep distinct, stable colours.
@Suite struct ThemeUITests {
    static let size = ScreenSize(width: 100, height: 30)

    static func builtinThemes() throws -> [Theme] {
        try BuiltinThemes.files.map { try ThemeParser.parse($0.text, file: $0.name) }
    }

    static func state(current: String = "default", depth: ColorDepth = .trueColor) throws -> AppState {
        var state = AppState(corpus: UIFixtures.corpus, size: size)
        state.theme = ThemeState(themes: try builtinThemes(), current: current, depth: depth)
        return state
    }

    /// The style of the first cell of `needle` on screen.
    static func style(of needle: String, in buffer: ScreenBuffer) -> TerminalStyle? {
        for y in 0..<buffer.size.height {
            if let x = buffer.column(of: needle, inRow: y) { return buffer[x, y].style }
        }
        return nil
    }

    @Test func tCyclesThemesNamesThemAndAsksToRememberThem() throws {
        var state = try Self.state()
        #expect(state.theme?.currentName == "default")
        var effects = KeyScript.send("t", to: &state)
        #expect(state.theme?.currentName == "light")
        #expect(state.message == "Theme: light (2/5)")
        #expect(effects == [.rememberTheme("light")])
        effects = KeyScript.send("t t t t", to: &state)
        #expect(state.theme?.currentName == "default")
        #expect(state.message == "Theme: default (1/5)")
        #expect(effects.last == .rememberTheme("default"))
        // The note goes with the next key.
        KeyScript.send("j", to: &state)
        #expect(state.message == nil)
    }

    @Test func cyclingSaysHowManyBrokenThemesWereLeftOut() throws {
        var state = try Self.state()
        state.theme?.brokenThemeCount = 2
        KeyScript.send("t", to: &state)
        #expect(state.message == "Theme: light (2/5) · 2 broken left out: hearsay themes")
    }

    @Test func tWorksInTheReaderAndTheDialogueToo() throws {
        var state = try Self.state()
        KeyScript.send("<Enter>", to: &state)
        #expect(state.focus == .reader)
        #expect(KeyScript.send("t", to: &state) == [.rememberTheme("light")])
        KeyScript.send("d", to: &state)
        #expect(state.focus == .dialogue)
        #expect(KeyScript.send("t", to: &state) == [.rememberTheme("high-contrast")])
    }

    @Test func withoutThemesTSaysSoAndDoesNothing() {
        var state = AppState(corpus: UIFixtures.corpus, size: Self.size)
        #expect(KeyScript.send("t", to: &state) == [])
        #expect(state.message == "No themes to switch between")
    }

    @Test func failedSaveIsReportedInTheStatusBar() throws {
        var state = try Self.state()
        _ = state.update(.themeNotRemembered("could not save the theme in /x/config.toml: denied"))
        #expect(state.message == "could not save the theme in /x/config.toml: denied")
        let buffer = ScreenRenderer().render(state)
        #expect(buffer.rowText(Self.size.height - 1).hasSuffix("could not save the theme in /x/config.toml: denied"))
    }

    @Test func rendererDrawsWithTheCurrentTheme() throws {
        var state = try Self.state()
        let title = UIFixtures.interview.title
        let prefix = String(title.prefix(4))
        var buffer = ScreenRenderer().render(state)
        #expect(
            Self.style(of: prefix, in: buffer)
                == TerminalStyle(
                    foreground: .rgb(0x1c, 0x1c, 0x1c), background: .rgb(0x5f, 0xaf, 0xd7), attributes: [.bold]))
        KeyScript.send("t", to: &state)
        buffer = ScreenRenderer().render(state)
        #expect(
            Self.style(of: prefix, in: buffer)
                == TerminalStyle(
                    foreground: .rgb(0xff, 0xff, 0xff), background: .rgb(0x00, 0x5f, 0xaf), attributes: [.bold]))
        // The light theme paints the whole screen: a blank cell of the reader pane is white.
        #expect(buffer[Self.size.width - 1, 5].style.background == .rgb(0xff, 0xff, 0xff))
        #expect(buffer.rowText(Self.size.height - 1).hasSuffix("Theme: light (2/5)"))
    }

    @Test func colorDepthReResolvesTheTheme() throws {
        var state = try Self.state()
        _ = state.update(.colorDepth(.colors256))
        let prefix = String(UIFixtures.interview.title.prefix(4))
        var buffer = ScreenRenderer().render(state)
        #expect(
            Self.style(of: prefix, in: buffer) == TerminalStyle(foreground: .indexed(234), background: .indexed(74), attributes: [.bold]))
        _ = state.update(.colorDepth(.colors8))
        buffer = ScreenRenderer().render(state)
        #expect(Self.style(of: prefix, in: buffer) == TerminalStyle(foreground: .indexed(0), background: .indexed(6), attributes: [.bold]))
        // Cycling keeps the depth.
        KeyScript.send("t", to: &state)
        #expect(state.theme?.depth == .colors8)
    }

    @Test(arguments: ["default", "light", "high-contrast", "solarized-dark", "monochrome"])
    func noColorLeavesOnlyAttributesOnEveryScreen(theme: String) throws {
        var state = try Self.state(current: theme)
        _ = state.update(.colorDepth(.none))
        var screens = [ScreenRenderer().render(state)]
        KeyScript.send("<Enter>", to: &state)
        screens.append(ScreenRenderer().render(state))
        KeyScript.send("d", to: &state)
        screens.append(ScreenRenderer().render(state))
        KeyScript.send("?", to: &state)
        screens.append(ScreenRenderer().render(state))
        for buffer in screens {
            #expect(buffer.cells.allSatisfy { $0.style.foreground == .default && $0.style.background == .default })
        }
        // The selected list row still stands out.
        let list = try Self.state(current: theme)
        var mono = list
        _ = mono.update(.colorDepth(.none))
        let prefix = String(UIFixtures.interview.title.prefix(4))
        #expect(Self.style(of: prefix, in: ScreenRenderer().render(mono))?.attributes.contains(.reverse) == true)
    }

    @Test func speakersOfAnArticleGetDistinctColors() throws {
        var state = try Self.state()
        KeyScript.send("<Enter> d", to: &state)
        #expect(state.focus == .dialogue)
        let buffer = ScreenRenderer().render(state)
        let names = UIFixtures.interview.speakers.map(\.name)
        let styles = names.compactMap { Self.style(of: $0 + ":", in: buffer) }
        #expect(styles.count == 4)
        #expect(Set(styles).count == 4, "\(styles)")
        let palette = try #require(state.theme?.styles.speakers)
        #expect(styles.allSatisfy { palette.contains($0) })
    }

    @Test func aSpeakerKeepsTheirColorAcrossArticles() throws {
        // Maria Keller speaks in the interview (2nd speaker) and the panel (2nd speaker).
        let styles = try #require(try Self.state().theme?.styles)
        let interview = UIFixtures.interview, panel = UIFixtures.panel
        let inInterview = try #require(interview.speakers.firstIndex { $0.name == "Maria Keller" })
        let inPanel = try #require(panel.speakers.firstIndex { $0.name == "Maria Keller" })
        let preferred = styles.speakerSlot(forSpeakerID: "maria keller")
        // Her preferred slot is not taken by the first speaker of either article, so she has it in both.
        #expect(styles.speakerSlot(forSpeakerAt: 0, in: interview) != preferred)
        #expect(styles.speakerSlot(forSpeakerAt: 0, in: panel) != preferred)
        #expect(styles.speakerSlot(forSpeakerAt: inInterview, in: interview) == preferred)
        #expect(styles.speakerSlot(forSpeakerAt: inPanel, in: panel) == preferred)
    }

    @Test func everyThemeRoleMapsToItsOwnStylesProperty() {
        // A theme whose every role has its own palette index shows which property each role fills.
        var roles: [ThemeRole: ThemeRoleStyle] = [:]
        for (index, role) in ThemeRole.allCases.enumerated() {
            roles[role] = ThemeRoleStyle(foreground: .indexed(UInt8(100 + index)))
        }
        let theme = Theme(
            name: "probe", roles: roles,
            speakers: (0..<8).map { ThemeRoleStyle(foreground: .indexed(UInt8(200 + $0))) },
            highlights: (0..<5).map { .indexed(UInt8(220 + $0)) }, highlightAttributes: [.underline])
        let styles = Styles(theme: theme, depth: .colors256)
        let properties: [ThemeRole: KeyPath<Styles, TerminalStyle>] = [
            .screen: \.screen, .titleBar: \.titleBar, .statusBar: \.statusBar, .statusKey: \.statusKey,
            .separator: \.separator, .emptyMessage: \.emptyMessage, .tooSmall: \.tooSmall, .listTitle: \.listTitle,
            .listMetadata: \.listMetadata, .listRead: \.listRead, .listSelected: \.listSelected,
            .listSelectedInactive: \.listSelectedInactive, .helpBox: \.helpBox, .helpHeading: \.helpHeading,
            .helpKey: \.helpKey, .overlayBorder: \.overlayBorder, .filterSelected: \.filterSelected, .body: \.body,
            .title: \.title, .heading: \.heading, .metadata: \.metadata, .lede: \.lede, .keyPoint: \.keyPoint,
            .focusedKeyPoint: \.focusedKeyPoint, .strong: \.strong, .emphasis: \.emphasis, .quote: \.quote,
            .link: \.link, .image: \.image, .rule: \.rule, .turnCursor: \.turnCursor, .timestamp: \.timestamp,
            .stageDirection: \.stageDirection, .searchMatch: \.searchMatch, .currentSearchMatch: \.currentSearchMatch,
            .selection: \.selection,
        ]
        #expect(Set(properties.keys) == Set(ThemeRole.allCases))
        for (index, role) in ThemeRole.allCases.enumerated() {
            let keyPath = properties[role]!
            #expect(styles[keyPath: keyPath].foreground == .indexed(UInt8(100 + index)), "\(role)")
        }
        #expect(styles.speakers.map(\.foreground) == (0..<8).map { .indexed(UInt8(200 + $0)) })
        #expect(styles.highlights == (0..<5).map { .indexed(UInt8(220 + $0)) })
        #expect(styles.highlightAttributes == [.underline])
    }

    @Test func strongAndEmphasisOverlayTheRunsRole() throws {
        let theme = try ThemeParser.parse(Self.themeText("high-contrast"), file: "high-contrast")
        let styles = Styles(theme: theme, depth: .trueColor)
        let boldHeading = styles.text(TextStyle(role: .heading, emphasis: [.bold]))
        // high-contrast's strong has a foreground: it replaces the heading colour.
        #expect(boldHeading.foreground == .rgb(0xff, 0xff, 0x00))
        #expect(boldHeading.attributes.contains(.bold))
        let italicLink = styles.text(TextStyle(role: .link, emphasis: [.italic]))
        // emphasis has none: the link keeps its colour and gains italic and underline.
        #expect(italicLink.foreground == .rgb(0x00, 0xff, 0xff))
        #expect(italicLink.attributes == [.underline, .bold, .italic])
    }

    @Test func highlightsAddTheirAttributes() throws {
        let theme = try ThemeParser.parse(Self.themeText("default"), file: "default")
        let mono = Styles(theme: theme, depth: .none)
        // Without colour each of the five has a look of its own, on the theme's underline.
        let looks = (1...5).map { mono.text(TextStyle(role: .body), overlay: TextOverlay(highlight: $0)) }
        #expect(
            looks
                == [[.underline], [.underline, .bold], [.underline, .reverse], [.underline, .dim], [.underline, .bold, .reverse]].map {
                    TerminalStyle(attributes: $0)
                })
        #expect(mono.text(TextStyle(role: .body)) == TerminalStyle())
        let color = Styles(theme: theme, depth: .trueColor)
        #expect(color.text(TextStyle(role: .body), overlay: TextOverlay(highlight: 2)).background == .rgb(0x00, 0x5f, 0x00))
    }

    static func themeText(_ name: String) -> String {
        BuiltinThemes.files.first { $0.name == name }!.text
    }
}

extension ThemeUITests {
    @Test func selectionOverlaysTheRunKeepingItsForeground() throws {
        let theme = try ThemeParser.parse(Self.themeText("default"), file: "default")
        let styles = Styles(theme: theme, depth: .trueColor)
        let selectedHeading = styles.text(TextStyle(role: .heading), overlay: TextOverlay(selected: true))
        #expect(
            selectedHeading
                == TerminalStyle(foreground: .rgb(0x5f, 0xaf, 0xff), background: .rgb(0x3a, 0x3a, 0x3a), attributes: [.bold, .underline]))
        let mono = Styles(theme: theme, depth: .none)
        #expect(mono.text(TextStyle(role: .body), overlay: TextOverlay(selected: true)) == TerminalStyle(attributes: [.reverse]))
    }
}

extension ThemeUITests {
    /// What a cell shows: `.default` colours are the page's (the theme's guess at the terminal's own).
    static func shownColors(_ style: TerminalStyle, page: TerminalStyle) -> [TerminalColor] {
        [
            style.foreground == .default ? page.foreground : style.foreground,
            style.background == .default ? page.background : style.background,
        ]
    }

    @Test(arguments: ["default", "light", "high-contrast", "solarized-dark", "monochrome"], [ColorDepth.colors256, .colors16, .colors8])
    func noTextIsDrawnInItsBackgroundColor(theme name: String, depth: ColorDepth) throws {
        var state = try Self.state(current: name, depth: depth)
        let theme = try #require(state.theme?.current)
        let page = ResolvedTheme(theme, depth: depth, fallback: ThemeCatalog.defaultTheme).page
        var screens = [("list", ScreenRenderer().render(state))]
        KeyScript.send("<Enter>", to: &state)
        screens.append(("reader", ScreenRenderer().render(state)))
        KeyScript.send("d", to: &state)
        screens.append(("dialogue", ScreenRenderer().render(state)))
        KeyScript.send("?", to: &state)
        screens.append(("help", ScreenRenderer().render(state)))
        for (screen, buffer) in screens {
            for y in 0..<buffer.size.height {
                for x in 0..<buffer.size.width where buffer[x, y].text != " " && !buffer[x, y].text.isEmpty {
                    let colors = Self.shownColors(buffer[x, y].style, page: page)
                    #expect(
                        colors[0] != colors[1], "\(name) at \(depth), \(screen) (\(x), \(y)) \(buffer[x, y].text): \(buffer[x, y].style)")
                }
            }
        }
    }

    @Test func lightAtEightColorsDrawsTheSeparatorBlackOnTheWhitePage() throws {
        let state = try Self.state(current: "light", depth: .colors8)
        let buffer = ScreenRenderer().render(state)
        let column = try #require(state.screenLayout.separatorColumn)
        // #a8a8a8 maps to white (47), as does the page: the separator would vanish.
        #expect(buffer[column, 5].text == "│")
        #expect(buffer[column, 5].style == TerminalStyle(foreground: .indexed(0), background: .indexed(7)))
    }

    @Test func highlightsAtEightColorsAreFiveColorsOffTheDarkPage() throws {
        let theme = try ThemeParser.parse(Self.themeText("default"), file: "default")
        let styles = Styles(theme: theme, depth: .colors8)
        // Not black (the page of a dark terminal) for 1 and 2, as plain nearest-8 gave.
        #expect(
            (1...5).map { styles.text(TextStyle(role: .body), overlay: TextOverlay(highlight: $0)).background }
                == [3, 2, 4, 5, 1].map { .indexed($0) })
    }
}
