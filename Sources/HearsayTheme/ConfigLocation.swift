import HearsayModel

/// Where hearsay keeps its configuration: `$XDG_CONFIG_HOME/hearsay` when that is an absolute
/// path (as the XDG spec asks), else `~/.config/hearsay` (`XDGDirectories`).
public struct ConfigLocation: Sendable, Hashable {
    public var directory: String

    public init(directory: String) {
        self.directory = directory
    }

    public init(environment: [String: String]) {
        directory = XDGDirectories(environment: environment).config
    }

    /// `config.toml`.
    public var configFile: String { directory + "/config.toml" }
    /// The folder of user themes (`*.toml`).
    public var themesDirectory: String { directory + "/themes" }
}
