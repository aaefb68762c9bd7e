/// `--color=auto|always|never`: whether to use colour at all.
public enum ColorChoice: String, Sendable, Hashable, CaseIterable {
    /// Colour when the terminal has it and `NO_COLOR` is not set.
    case auto
    /// Colour even when `NO_COLOR` is set (a command-line flag overrides the environment, as
    /// no-color.org asks); still limited to what the terminal can draw.
    case always
    /// Attributes only (bold, underline, reverse…), never colour.
    case never
}
