/// Actions on the colour theme.
public enum ThemeAction: Sendable, Hashable {
    /// Switch to the next theme and remember it (`t`).
    case cycle
}
