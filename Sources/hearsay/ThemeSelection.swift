import Foundation
import HearsayTheme

/// The themes the reader starts with and which one is current: `--theme NAME|PATH`, else the
/// config file's `theme`, else the default. Anything wrong (an unknown name, a broken file, a
/// broken config) becomes a warning, and the default theme is used: the reader always starts.
struct ThemeSelection {
    var themes: [Theme]
    var current: String
    var warnings: [String]
    /// The first warning in a few words for the status bar (`nil` when all is well).
    var statusMessage: String?
    /// Themes loaded from a path given to `--theme` (or written in the config), by name: the
    /// config remembers such a theme by its path, since its name alone would not find it.
    var paths: [String: String] = [:]
    /// Theme files among the built-in and user themes that could not be read (left out of `themes`).
    var brokenCount = 0

    init(option: String?, environment: [String: String]) {
        let location = ConfigLocation(environment: environment)
        let catalog = ThemeCatalog(userThemesDirectory: location.themesDirectory)
        themes = catalog.usableThemes
        current = ThemeCatalog.defaultName
        warnings = []
        statusMessage = nil
        brokenCount = catalog.entries.filter { if case .failure = $0.result { true } else { false } }.count
        let chosenError = choose(option, catalog: catalog, configFile: location.configFile)
        reportBrokenUserThemes(in: catalog, except: chosenError)
    }

    /// Makes `option` (else the config file's `theme`) current, or says why it cannot; returns
    /// the error of the chosen theme file when that is what stopped it.
    private mutating func choose(_ option: String?, catalog: ThemeCatalog, configFile: String) -> ThemeError? {
        let fallback = " (using the \(ThemeCatalog.defaultName) theme)"

        var wanted = option
        if wanted == nil {
            do {
                wanted = try HearsayConfig.read(from: configFile).theme
            } catch {
                warnings.append("\(error)" + fallback)
                statusMessage = "Bad config " + error.brief
            }
        }
        guard let wanted else { return nil }
        if Self.isPath(wanted) {
            let entry = ThemeCatalog.load(path: wanted)
            switch entry.result {
            case .success(let theme):
                themes = catalog.adding(entry).usableThemes
                current = theme.name
                // Absolute, so the config finds the file again from any working directory.
                paths[theme.name] = Self.absolutePath(wanted)
            case .failure(let error):
                warnings.append("\(error)" + fallback)
                statusMessage = "Bad theme " + error.brief
                return error
            }
            return nil
        }
        guard let entry = catalog.entry(named: wanted) else {
            warnings.append("unknown theme '\(wanted)'; known: \(catalog.entries.map(\.name).joined(separator: ", "))" + fallback)
            statusMessage = "Unknown theme '\(wanted)' (default used)"
            return nil
        }
        switch entry.result {
        case .success(let theme):
            current = theme.name
            return nil
        case .failure(let error):
            warnings.append("\(error)" + fallback)
            statusMessage = "Bad theme " + error.brief
            return error
        }
    }

    /// Every user theme file that does not parse is reported (`chosen`, the one asked for at
    /// start-up, already was): `t` leaves them out, so without this a typo in a theme file would
    /// make the theme silently vanish. The status bar shows the first, unless a problem with the
    /// chosen theme or the config took it.
    private mutating func reportBrokenUserThemes(in catalog: ThemeCatalog, except chosen: ThemeError?) {
        var broken: [ThemeError] = []
        for entry in catalog.entries {
            guard case .failure(let error) = entry.result, error != chosen else { continue }
            warnings.append("\(error)" + " (left out of the themes `t` cycles through)")
            broken.append(error)
        }
        guard statusMessage == nil, let first = broken.first else { return }
        statusMessage = "Bad theme " + first.brief + (broken.count > 1 ? " (+\(broken.count - 1) more)" : "")
    }

    /// `path` made absolute against the working directory, with `.` and `..` resolved.
    static func absolutePath(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }

    /// `--theme` (and `theme` in the config) takes a path when it names a file (has a `/` or
    /// ends in `.toml`).
    static func isPath(_ value: String) -> Bool {
        value.contains("/") || value.hasSuffix(".toml")
    }
}
