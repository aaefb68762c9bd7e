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

    init(option: String?, environment: [String: String]) {
        let location = ConfigLocation(environment: environment)
        let catalog = ThemeCatalog(userThemesDirectory: location.themesDirectory)
        themes = catalog.usableThemes
        current = ThemeCatalog.defaultName
        warnings = []
        statusMessage = nil
        let fallback = " (using the \(ThemeCatalog.defaultName) theme)"

        var wanted = option
        if wanted == nil {
            do {
                wanted = try HearsayConfig.read(from: location.configFile).theme
            } catch {
                warnings.append("\(error)" + fallback)
                statusMessage = "Bad config " + error.brief
            }
        }
        guard let wanted else { return }
        if Self.isPath(wanted) {
            let entry = ThemeCatalog.load(path: wanted)
            switch entry.result {
            case .success(let theme):
                themes.removeAll { $0.name == theme.name }
                themes.append(theme)
                current = theme.name
                paths[theme.name] = wanted
            case .failure(let error):
                warnings.append("\(error)" + fallback)
                statusMessage = "Bad theme " + error.brief
            }
            return
        }
        guard let entry = catalog.entry(named: wanted) else {
            warnings.append("unknown theme '\(wanted)'; known: \(catalog.entries.map(\.name).joined(separator: ", "))" + fallback)
            statusMessage = "Unknown theme '\(wanted)' (default used)"
            return
        }
        switch entry.result {
        case .success(let theme): current = theme.name
        case .failure(let error):
            warnings.append("\(error)" + fallback)
            statusMessage = "Bad theme " + error.brief
        }
    }

    /// `--theme` (and `theme` in the config) takes a path when it names a file (has a `/` or
    /// ends in `.toml`).
    static func isPath(_ value: String) -> Bool {
        value.contains("/") || value.hasSuffix(".toml")
    }
}
