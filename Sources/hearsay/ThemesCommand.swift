import ArgumentParser
import Foundation
import HearsayTheme

/// `hearsay themes`: the built-in and user themes, the current one marked, each with a colour
/// preview; `--check PATH` validates one theme file.
struct ThemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "themes",
        abstract: "List colour themes (built-in and user) with a preview, or check a theme file.",
        discussion: """
            User themes are *.toml files in $XDG_CONFIG_HOME/hearsay/themes (default ~/.config/hearsay/themes); \
            the current theme is `theme = "NAME"` in $XDG_CONFIG_HOME/hearsay/config.toml. The schema is \
            described in themes/README.md.
            """
    )

    @Option(name: .customLong("check"), help: ArgumentHelp("Validate one theme file; exit 1 with its problems.", valueName: "path"))
    var checkPath: String?

    @Option(name: .customLong("color"), help: "Colour in the preview: auto (a terminal without NO_COLOR), always, never.")
    var color: ColorChoice = .auto

    @Flag(help: "Print a JSON array of themes instead of the list.")
    var json = false

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        if let checkPath { return try check(checkPath) }
        let location = ConfigLocation(environment: environment)
        var catalog = ThemeCatalog(userThemesDirectory: location.themesDirectory)
        let configured = (try? HearsayConfig.read(from: location.configFile).theme) ?? nil
        var current = configured.flatMap { name in catalog.entry(named: name)?.theme?.name } ?? ThemeCatalog.defaultName
        // A theme remembered by its path is listed, and marked, as the reader offers it.
        if let configured, ThemeSelection.isPath(configured) {
            let entry = ThemeCatalog.load(path: configured)
            catalog = catalog.adding(entry)
            current = entry.theme?.name ?? ThemeCatalog.defaultName
        }
        if json {
            SafeOutput.json(ThemeListing.json(catalog, current: current))
            return
        }
        // Piped output gets no escape sequences at all, so no preview line either.
        let preview = color == .always || isatty(STDOUT_FILENO) != 0
        let depth = Self.previewDepth(environment: environment, choice: color)
        // Made safe field by field: the preview is styled.
        for line in ThemeListing.lines(catalog, current: current, depth: preview ? depth : nil) { print(line) }
    }

    private func check(_ path: String) throws {
        let entry = ThemeCatalog.load(path: path)
        switch entry.result {
        case .success(let theme):
            SafeOutput.line("\(path): ok: theme '\(theme.name)'")
            let missing = theme.missingRoles
            if !missing.isEmpty {
                SafeOutput.line("\(path): note: not defined, taken from the default theme: \(missing.joined(separator: ", "))")
            }
        case .failure(let error):
            SafeOutput.error(error.description)
            throw ExitCode(1)
        }
    }

    /// The colour depth for the preview: none unless stdout is a terminal (or `--color=always`);
    /// 24-bit with COLORTERM, else 256 for a `*256color` TERM, else 16.
    static func previewDepth(environment: [String: String], choice: ColorChoice) -> ColorDepth {
        if choice == .auto && isatty(STDOUT_FILENO) == 0 { return .none }
        let term = environment["TERM"] ?? ""
        let colors = term.contains("256color") ? 256 : (term.isEmpty || term == "dumb" ? (choice == .always ? 16 : 0) : 16)
        return ColorDepth.detect(environment: environment, terminalColors: colors, drawsRGBItself: true, choice: choice)
    }
}
