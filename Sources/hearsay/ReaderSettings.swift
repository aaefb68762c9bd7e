import Foundation
import HearsayTheme
import HearsayUI

/// The reader's settings from config.toml besides the theme (`[reader] max-width`): read once at
/// start. A wrong setting is left out with a warning naming its line; a config that does not
/// parse at all is reported by `ThemeSelection`, which reads the same file.
struct ReaderSettings {
    var maxTextWidth = ScreenLayout.defaultMaxTextWidth
    var clipboard = ClipboardPolicy()
    var keymap = Keymap.standard
    /// `[terminal] hyperlinks` (`nil`: not set; the terminal decides).
    var hyperlinks: Bool?
    /// One line per setting left out: `config.toml: line 3: reader.max-width: …`.
    var warnings: [String] = []
    /// The first warning in a few words, for the status bar.
    var statusMessage: String?

    init(environment: [String: String]) {
        let file = ConfigLocation(environment: environment).configFile
        guard let config = try? HearsayConfig.read(from: file) else {
            clipboard = ClipboardPolicy.decide(setting: nil, term: environment["TERM"])
            return
        }
        if let width = config.readerMaxWidth { maxTextWidth = width }
        clipboard = ClipboardPolicy.decide(setting: config.clipboard, term: environment["TERM"])
        hyperlinks = config.hyperlinks
        warnings = config.problems.map { "\(file): \($0)" }
        if !config.problems.isEmpty { statusMessage = "Bad config " + ThemeError(file: file, problems: config.problems).brief }
        let keys = ConfiguredKeys(config.keyBindings)
        keymap = keys.keymap
        warnings += keys.problems.map { "\(file): \($0)" }
        if statusMessage == nil, let first = keys.problems.first {
            statusMessage = "Bad key in config.toml " + first.prefix { $0 != "(" }.trimmingCharacters(in: .whitespaces)
        }
    }

    /// Applies the settings to the reader's state.
    func apply(to state: inout AppState) {
        state.readerMaxWidth = maxTextWidth
        state.keymap = keymap
        state.clipboard = clipboard
        if let statusMessage { state.message = statusMessage }
    }
}
