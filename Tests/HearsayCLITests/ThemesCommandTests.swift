import Foundation
import HearsayTesting
import Testing

/// `hearsay themes` and `hearsay themes --check`, run as a process with its own config folder.
@Suite(.enabled(if: HearsayBinary.available, Comment(rawValue: HearsayBinary.skipMessage)))
struct ThemesCommandTests {
    /// Runs hearsay with XDG_CONFIG_HOME set to `config` and nothing else that could colour output.
    static func run(_ arguments: [String], config: String, extra: [String: String] = [:]) throws -> HearsayBinary.Output {
        let process = Process()
        process.executableURL = HearsayBinary.url
        process.arguments = arguments
        process.environment = [
            "PATH": "/usr/bin:/bin", "HOME": config + "/home", "XDG_CONFIG_HOME": config,
            "LANG": "C.UTF-8",
        ].merging(extra) { $1 }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return HearsayBinary.Output(
            status: process.terminationStatus, standardOutput: String(decoding: outData, as: UTF8.self),
            standardError: String(decoding: errData, as: UTF8.self))
    }

    @Test func listsBuiltinThemesWithTheDefaultCurrent() throws {
        let folder = try FixtureFolder(files: [:])
        let output = try Self.run(["themes"], config: folder.path)
        #expect(output.status == 0)
        #expect(
            output.lines == [
                "* default         built-in  Dark: soft colours on the terminal's own background",
                "  light           built-in  Light: dark text on a white page",
                "  high-contrast   built-in  High contrast: white and bright colours on black",
                "  solarized-dark  built-in  Solarized dark (Ethan Schoonover's palette)",
                "  monochrome      built-in  Monochrome: attributes only, no colour",
            ])
    }

    @Test func marksTheConfiguredThemeAndListsUserThemesWithTheirProblems() throws {
        let folder = try FixtureFolder(files: [
            "hearsay/config.toml": "theme = \"dusk\"\n",
            "hearsay/themes/dusk.toml": "name = \"dusk\"\ndescription = \"My dusk\"\n",
            "hearsay/themes/zz-broken.toml": "name = \"broken\"\n[title]\nfg = \"#12345\"\n",
        ])
        let output = try Self.run(["themes"], config: folder.path)
        #expect(output.status == 0)
        #expect(
            output.lines == [
                "  default         built-in  Dark: soft colours on the terminal's own background",
                "  light           built-in  Light: dark text on a white page",
                "  high-contrast   built-in  High contrast: white and bright colours on black",
                "  solarized-dark  built-in  Solarized dark (Ethan Schoonover's palette)",
                "  monochrome      built-in  Monochrome: attributes only, no colour",
                "* dusk            \(folder.path)/hearsay/themes/dusk.toml  My dusk",
                "  zz-broken       \(folder.path)/hearsay/themes/zz-broken.toml  BROKEN:",
                "      line 3: title.fg: bad colour \"#12345\": expected \"#rrggbb\", a palette index 0–255, \"default\" or an ANSI name (black, red, green, yellow, blue, magenta, cyan, white, bright_red…)",
            ])
    }

    @Test func marksAThemeRememberedByItsPath() throws {
        let folder = try FixtureFolder(files: [
            "elsewhere/mine.toml": "name = \"mine\"\ndescription = \"Mine, by path\"\n",
            "elsewhere/light.toml": "name = \"light\"\ndescription = \"My light, by path\"\n",
            "hearsay/themes/zz.toml": "name = \"zz\"\n",
        ])
        try Data("theme = \"\(folder.path)/elsewhere/mine.toml\"\n".utf8).write(
            to: URL(fileURLWithPath: folder.path + "/hearsay/config.toml"))
        let output = try Self.run(["themes"], config: folder.path)
        #expect(
            output.lines == [
                "  default         built-in  Dark: soft colours on the terminal's own background",
                "  light           built-in  Light: dark text on a white page",
                "  high-contrast   built-in  High contrast: white and bright colours on black",
                "  solarized-dark  built-in  Solarized dark (Ethan Schoonover's palette)",
                "  monochrome      built-in  Monochrome: attributes only, no colour",
                "  zz              \(folder.path)/hearsay/themes/zz.toml  ",
                "* mine            \(folder.path)/elsewhere/mine.toml  Mine, by path",
            ])
        // One with a built-in's name takes its place, as in the reader; a broken one is listed, and the default is current.
        try Data("theme = \"\(folder.path)/elsewhere/light.toml\"\n".utf8).write(
            to: URL(fileURLWithPath: folder.path + "/hearsay/config.toml"))
        let light = try Self.run(["themes", "--json"], config: folder.path)
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(light.standardOutput.utf8)) as? [[String: Any]])
        #expect(objects.map { $0["name"] as? String } == ["default", "high-contrast", "solarized-dark", "monochrome", "zz", "light"])
        #expect(objects.map { $0["current"] as? Bool } == [false, false, false, false, false, true])
        try Data("theme = \"\(folder.path)/elsewhere/gone.toml\"\n".utf8).write(
            to: URL(fileURLWithPath: folder.path + "/hearsay/config.toml"))
        let gone = try Self.run(["themes"], config: folder.path)
        #expect(gone.lines.first == "* default         built-in  Dark: soft colours on the terminal's own background")
        #expect(gone.lines.suffix(2) == ["  gone            \(folder.path)/elsewhere/gone.toml  BROKEN:", "      no such file"])
    }

    @Test func previewShowsTheThemeColorsAtTheTerminalDepth() throws {
        let folder = try FixtureFolder(files: [:])
        let truecolor = try Self.run(
            ["themes", "--color=always"], config: folder.path,
            extra: ["TERM": "xterm-256color", "COLORTERM": "truecolor"])
        // The default theme's selected row: #1c1c1c on #5fafd7, bold.
        #expect(truecolor.lines[1].contains("\u{1B}[1;38;2;28;28;28;48;2;95;175;215m selected \u{1B}[0m"))
        let palette = try Self.run(["themes", "--color=always"], config: folder.path, extra: ["TERM": "xterm-256color"])
        #expect(palette.lines[1].contains("\u{1B}[1;38;5;234;48;5;74m selected \u{1B}[0m"))
        let never = try Self.run(["themes", "--color=never"], config: folder.path, extra: ["TERM": "xterm-256color"])
        #expect(never.lines.count == 5)
        #expect(!never.standardOutput.contains("\u{1B}"))
    }

    @Test func checkAcceptsAGoodFileAndNotesMissingRoles() throws {
        let folder = try FixtureFolder(files: ["good.toml": "name = \"good\"\n" + (try Self.allRolesBut(["rule", "quote"]))])
        let output = try Self.run(["themes", "--check", folder.path + "/good.toml"], config: folder.path)
        #expect(output.status == 0)
        #expect(
            output.lines == [
                "\(folder.path)/good.toml: ok: theme 'good'",
                "\(folder.path)/good.toml: note: not defined, taken from the default theme: quote, rule",
            ])
        let builtin = Seeds.repositoryRoot.appendingPathComponent("themes/solarized-dark.toml").path
        let shipped = try Self.run(["themes", "--check", builtin], config: folder.path)
        #expect(shipped.status == 0)
        #expect(shipped.lines == ["\(builtin): ok: theme 'solarized-dark'"])
    }

    @Test(arguments: [
        ("syntax.toml", "name = \"x\"\ntitle = { fg = \"red\"\n", "line 2, column "),
        ("role.toml", "name = \"x\"\n\ntitel = { fg = \"red\" }\n", "line 3: titel: unknown role; known roles: screen,"),
        ("colour.toml", "name = \"x\"\n[link]\nfg = \"#1234567\"\n", "line 3: link.fg: bad colour \"#1234567\""),
        ("attribute.toml", "name = \"x\"\nlink = { attrs = [\"blinking\"] }\n", "line 2: link.attrs: unknown attribute \"blinking\""),
        (
            "speakers.toml", "name = \"x\"\n[speakers]\ncolors = [1, 2, 3]\n",
            "line 3: speakers.colors: has 3 colours; at least 8 are needed"
        ),
    ])
    func checkReportsEachKindOfBadFile(file: String, text: String, expected: String) throws {
        let folder = try FixtureFolder(files: [file: text])
        let path = folder.path + "/" + file
        let output = try Self.run(["themes", "--check", path], config: folder.path)
        #expect(output.status == 1)
        #expect(output.standardOutput == "")
        #expect(output.standardError.hasPrefix("\(path): \(expected)"), "\(output.standardError)")
    }

    @Test func jsonListsEveryTheme() throws {
        let folder = try FixtureFolder(files: ["hearsay/config.toml": "theme = \"light\"\n"])
        let output = try Self.run(["themes", "--json"], config: folder.path)
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(output.standardOutput.utf8)) as? [[String: Any]])
        #expect(objects.map { $0["name"] as? String } == ["default", "light", "high-contrast", "solarized-dark", "monochrome"])
        #expect(objects.map { $0["current"] as? Bool } == [false, true, false, false, false])
        #expect(objects.allSatisfy { ($0["missingRoles"] as? [String]) == [] && $0["source"] as? String == "builtin" })
    }

    /// A theme body defining every role except `missing` (speakers and highlights included).
    static func allRolesBut(_ missing: Set<String>) throws -> String {
        let roles = [
            "screen", "title_bar", "status_bar", "status_key", "separator", "empty_message", "too_small",
            "list_title", "list_metadata", "list_read", "list_selected", "list_selected_inactive", "help_box",
            "help_heading", "help_key", "overlay_border", "filter_selected", "body", "title", "heading", "metadata",
            "lede", "key_point", "focused_key_point", "strong", "emphasis", "quote", "link", "image", "rule",
            "turn_cursor", "timestamp", "stage_direction", "search_match", "current_search_match", "selection",
        ]
        return roles.filter { !missing.contains($0) }.map { "\($0) = { fg = \"cyan\" }\n" }.joined()
            + "[speakers]\ncolors = [1, 2, 3, 4, 5, 6, 9, 10]\n[highlights]\ncolors = [1, 2, 3, 4, 5]\n"
    }
}
