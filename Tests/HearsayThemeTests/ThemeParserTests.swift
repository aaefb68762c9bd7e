import Testing

@testable import HearsayTheme

struct ThemeParserTests {
    @Test func colorForms() throws {
        let theme = try ThemeParser.parse(
            """
            name = "forms"
            title = { fg = "#FFaa00", bg = 236 }
            heading = { fg = "bright_blue", bg = "default" }
            link = { fg = "grey", attrs = ["underline", "BOLD"], mono = ["reverse"] }
            [body]
            fg = "cyan"
            """, file: "forms.toml")
        #expect(theme.roles[.title] == ThemeRoleStyle(foreground: .rgb(RGBColor(0xff, 0xaa, 0x00)), background: .indexed(236)))
        #expect(theme.roles[.heading] == ThemeRoleStyle(foreground: .indexed(12), background: .default))
        #expect(
            theme.roles[.link]
                == ThemeRoleStyle(foreground: .indexed(8), attributes: [.underline, .bold], monochromeAttributes: [.reverse]))
        #expect(theme.roles[.body] == ThemeRoleStyle(foreground: .indexed(6)))
        #expect(theme.missingRoles.count == ThemeRole.allCases.count - 4 + 2)
    }

    @Test func syntaxErrorNamesLineAndColumn() throws {
        let error = try #require(themeError("name = \"x\"\n\ntitle = { fg = \"#ffffff\"\n", file: "broken.toml"))
        #expect(error.problems.count == 1)
        let problem = try #require(error.problems.first)
        #expect(problem.line == 3)
        #expect(problem.column != nil)
        #expect(problem.message.hasPrefix("TOML syntax: "))
        #expect(error.description.hasPrefix("broken.toml: line 3, column "))
    }

    @Test func unknownRoleNamesLineAndKey() throws {
        let error = try #require(themeError("name = \"x\"\n# roles\nlists_title = { fg = \"red\" }\n"))
        #expect(error.problems.map(\.line) == [3])
        #expect(error.problems.map(\.keyPath) == ["lists_title"])
        #expect(error.description.hasPrefix("bad.toml: line 3: lists_title: unknown role; known roles: screen, title_bar,"))
    }

    @Test func badColorNamesLineAndKeyPath() throws {
        let error = try #require(themeError("name = \"x\"\ntitle = { fg = \"#fff\" }\n\n[heading]\nattrs = [\"bold\"]\nbg = \"purple\"\n"))
        #expect(
            error.description == """
                bad.toml: line 2: title.fg: bad colour "#fff": expected "#rrggbb", a palette index 0–255, "default" or an ANSI name (black, red, green, yellow, blue, magenta, cyan, white, bright_red…)
                bad.toml: line 6: heading.bg: bad colour "purple": expected "#rrggbb", a palette index 0–255, "default" or an ANSI name (black, red, green, yellow, blue, magenta, cyan, white, bright_red…)
                """)
    }

    @Test func paletteIndexOutOfRange() throws {
        let error = try #require(themeError("name = \"x\"\nrule = { fg = 256 }\n"))
        #expect(error.description == "bad.toml: line 2: rule.fg: palette index 256 is out of range 0–255")
    }

    @Test func unknownAttribute() throws {
        let error = try #require(themeError("name = \"x\"\nrule = { attrs = [\"blink\"] }\n"))
        #expect(
            error.description == "bad.toml: line 2: rule.attrs: unknown attribute \"blink\"; known: bold, dim, italic, underline, reverse")
    }

    @Test func unknownKeyInRole() throws {
        let error = try #require(themeError("name = \"x\"\n[rule]\nforeground = \"red\"\n"))
        #expect(error.description == "bad.toml: line 3: rule.foreground: unknown key; a role takes fg, bg, attrs and mono")
    }

    @Test func roleMustBeATable() throws {
        let error = try #require(themeError("name = \"x\"\nrule = \"red\"\n"))
        #expect(error.description.hasPrefix("bad.toml: line 2: rule: expected a table such as { fg = \"#ffffff\""))
    }

    @Test func tooFewSpeakerColors() throws {
        let error = try #require(themeError("name = \"x\"\n[speakers]\ncolors = [\"red\", \"green\"]\n"))
        #expect(error.description == "bad.toml: line 3: speakers.colors: has 2 colours; at least 8 are needed")
    }

    @Test func badSpeakerColorNamesItsItem() throws {
        let error = try #require(
            themeError(
                "name = \"x\"\n[speakers]\ncolors = [\"red\", \"green\", \"blue\", \"cyan\", \"white\", \"black\", \"magenta\", \"yellow\", \"mauve\"]\n"
            ))
        #expect(
            error.problems.map(\.description) == [
                "line 3: speakers.colors: item 9: bad colour \"mauve\": expected \"#rrggbb\", a palette index 0–255, \"default\" or an ANSI name (black, red, green, yellow, blue, magenta, cyan, white, bright_red…)"
            ])
    }

    @Test func aBadItemIsCountedAsWrittenNotDroppedFromTheCount() throws {
        // Eight speaker colours and five highlights as written, one bad in each: only those are wrong.
        let error = try #require(
            themeError(
                """
                name = "x"
                speakers = { colors = [1, 2, 3, 4, 5, 6, 9, "mauve"] }
                highlights = { colors = [1, 2, "#+12345", 4, 5] }
                """))
        #expect(
            error.problems.map(\.description) == [
                "line 2: speakers.colors: item 8: bad colour \"mauve\": expected \"#rrggbb\", a palette index 0–255, \"default\" or an ANSI name (black, red, green, yellow, blue, magenta, cyan, white, bright_red…)",
                "line 3: highlights.colors: item 3: bad colour \"#+12345\": expected \"#rrggbb\", a palette index 0–255, \"default\" or an ANSI name (black, red, green, yellow, blue, magenta, cyan, white, bright_red…)",
            ])
        let short = try #require(themeError("name = \"x\"\nhighlights = { colors = [1, 2, 3, \"nope\"] }\n"))
        #expect(short.problems.map(\.message).last == "has 4 colours; exactly 5 are needed")
    }

    @Test func highlightsNeedExactlyFive() throws {
        let error = try #require(themeError("name = \"x\"\nhighlights = { colors = [1, 2, 3, 4, 5, 6] }\n"))
        #expect(error.description == "bad.toml: line 2: highlights.colors: has 6 colours; exactly 5 are needed")
    }

    @Test func missingName() throws {
        let error = try #require(themeError("description = \"no name\"\n"))
        #expect(error.description == "bad.toml: line 1: name: missing: every theme needs `name = \"…\"`")
    }

    @Test func everyProblemIsReported() throws {
        let error = try #require(themeError("name = 3\nbogus = {}\nrule = { fg = \"nope\" }\n"))
        #expect(error.problems.map(\.keyPath) == ["name", "bogus", "rule.fg"])
        #expect(error.problems.map(\.line) == [1, 2, 3])
    }

    @Test func keyLocatorFindsSectionsInlineTablesAndNestedKeys() {
        let locator = TOMLKeyLocator(
            text: """
                name = "x"
                title = { fg = "red", bg = "blue" }

                [speakers]
                attrs = ["bold"]
                colors = ["red"]
                """)
        #expect(locator.line(of: ["name"]) == 1)
        #expect(locator.line(of: ["title", "bg"]) == 2)
        #expect(locator.line(of: ["speakers"]) == 4)
        #expect(locator.line(of: ["speakers", "colors"]) == 6)
        #expect(locator.line(of: ["speakers", "mono"]) == 4)
        #expect(locator.line(of: ["absent"]) == nil)
    }
}

extension ThemeParserTests {
    @Test func briefSummaryForTheStatusBar() throws {
        let color = try #require(themeError("name = \"x\"\ntitle = { fg = \"#fff\" }\n", file: "/home/u/.config/hearsay/themes/dusk.toml"))
        #expect(color.brief == "dusk.toml:2 title.fg: bad colour \"#fff\"")
        let role = try #require(themeError("name = \"x\"\ntitel = {}\n", file: "dusk.toml"))
        #expect(role.brief == "dusk.toml:2 titel: unknown role")
        let syntax = try #require(themeError("name = \"x\"\ntitle = {\n", file: "dusk.toml"))
        #expect(syntax.brief == "dusk.toml:2 TOML syntax error")
    }
}

extension ThemeParserTests {
    /// `#` and exactly six hex digits: no sign (which `UInt32(_:radix:)` would take), no spaces,
    /// no `0x`, no other length.
    @Test(arguments: ["#+12345", "#-00000", "#+fffff", "# 12345", "#0x1234", "#12345g", "#12345", "#1234567", "123456", "#１２３４５６"])
    func hexColorNeedsSixHexDigits(text: String) {
        #expect(RGBColor(hex: text) == nil)
        #expect(ThemeColor(name: text) == nil)
    }

    @Test func hexColorDigitsInEitherCase() {
        #expect(RGBColor(hex: "#0aF9c3") == RGBColor(0x0a, 0xf9, 0xc3))
        #expect(RGBColor(hex: "#000000") == RGBColor(0, 0, 0))
        #expect(RGBColor(hex: "#FFFFFF") == RGBColor(255, 255, 255))
    }

    @Test func signedHexColorIsReportedWithItsLineAndKey() throws {
        let error = try #require(themeError("name = \"x\"\nlink = { fg = \"#+12345\" }\n[rule]\nbg = \"#-00000\"\n"))
        #expect(
            error.description == """
                bad.toml: line 2: link.fg: bad colour "#+12345": expected "#rrggbb", a palette index 0–255, "default" or an ANSI name (black, red, green, yellow, blue, magenta, cyan, white, bright_red…)
                bad.toml: line 4: rule.bg: bad colour "#-00000": expected "#rrggbb", a palette index 0–255, "default" or an ANSI name (black, red, green, yellow, blue, magenta, cyan, white, bright_red…)
                """)
    }
}
