import HearsayTheme
import HearsayUI

/// Carries out the theme's effects for the terminal runtime: remembering the chosen theme in
/// the config file. The UI core only asks (`Effect.rememberTheme`); this is where the file is
/// written.
struct ThemeEffects {
    var configFile: String
    /// Themes that came from a file given by path, by name (see `ThemeSelection.paths`).
    var paths: [String: String] = [:]

    /// The events reporting the outcome, or `nil` when `effect` is not a theme effect.
    func perform(_ effect: Effect) -> [Event]? {
        guard case .rememberTheme(let name) = effect else { return nil }
        do {
            try HearsayConfig.writeTheme(paths[name] ?? name, to: configFile)
            return []
        } catch {
            return [.themeNotRemembered("could not save the theme in \(configFile): \(error)")]
        }
    }
}
