/// Taking text or a link out of hearsay: the article's source in a browser (`o`) and the text
/// under the reading cursor to the clipboard (`y`). The reader and the dialogue view bind both.
public enum SharingAction: Sendable, Hashable {
    /// Open the article's source link (`$BROWSER`, else `xdg-open`).
    case openSource
    /// Copy the highlight under the reading cursor, else its sentence (OSC 52).
    case copy

    static func bindings(_ action: (SharingAction) -> Action) -> [KeyBinding] {
        [
            KeyBinding([.character("o")], action(.openSource), "open the article's source link in the browser"),
            KeyBinding([.character("y")], action(.copy), "copy the highlight or sentence under the reading cursor"),
        ]
    }
}

/// Whether the terminal may be asked to set the clipboard (OSC 52): `[terminal] clipboard` in
/// config.toml, and off on terminals known to print the sequence instead (the Linux console).
public struct ClipboardPolicy: Sendable, Hashable {
    public var isEnabled: Bool
    /// Why copying is off, for the status bar.
    public var reason: String?

    public init(isEnabled: Bool = true, reason: String? = nil) {
        self.isEnabled = isEnabled
        self.reason = reason
    }

    /// `setting`: the config's `[terminal] clipboard` (`nil`: not set); `term`: TERM.
    public static func decide(setting: Bool?, term: String?) -> ClipboardPolicy {
        if setting == false { return ClipboardPolicy(isEnabled: false, reason: "copying is off: [terminal] clipboard = false") }
        if setting == nil, term == "linux" || term == "dumb" {
            return ClipboardPolicy(isEnabled: false, reason: "this terminal cannot copy (set [terminal] clipboard = true to try)")
        }
        return ClipboardPolicy()
    }
}
