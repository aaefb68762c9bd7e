/// Everything that can happen to the app: input from the terminal, and the results of effects
/// the runtime carried out. `update` is the only thing that consumes events.
public enum Event: Sendable, Hashable {
    case key(Key)
    /// The terminal now has this size.
    case resize(ScreenSize)
    /// Saving the chosen theme in the config file failed (the message says why).
    case themeNotRemembered(String)
}
