/// Work the UI core asks the runtime to do, returned by `update` (the core never does I/O).
/// The runtime carries it out and reports any result back as an `Event`.
public enum Effect: Sendable, Hashable {
    /// Leave the program (restoring the terminal).
    case quit
    /// Save the chosen theme's name in the config file (`t` cycles themes).
    case rememberTheme(String)
}
