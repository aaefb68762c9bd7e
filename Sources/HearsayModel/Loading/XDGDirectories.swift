import Foundation

/// The XDG base directories hearsay uses, each with its `hearsay` folder: `$XDG_CONFIG_HOME`,
/// `$XDG_DATA_HOME` and `$XDG_STATE_HOME` when absolute (a relative one is ignored, as the XDG
/// Base Directory specification asks), else `~/.config`, `~/.local/share`, `~/.local/state`.
/// The one place these rules live (configuration, the database, the recovery file).
public struct XDGDirectories: Sendable, Hashable {
    /// `$HOME`, else the account's home folder.
    public let home: String
    private let environment: [String: String]

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.environment = environment
        home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
    }

    /// `$XDG_CONFIG_HOME/hearsay` (configuration and user themes).
    public var config: String { base("XDG_CONFIG_HOME", default: ".config") + "/hearsay" }
    /// `$XDG_DATA_HOME/hearsay` (highlights and reading state).
    public var data: String { base("XDG_DATA_HOME", default: ".local/share") + "/hearsay" }
    /// `$XDG_STATE_HOME/hearsay` (highlights not saved at quit).
    public var state: String { base("XDG_STATE_HOME", default: ".local/state") + "/hearsay" }

    /// `path` with the home folder written `~` (for messages).
    public func abbreviated(_ path: String) -> String {
        let prefix = home.hasSuffix("/") ? home : home + "/"
        return path.hasPrefix(prefix) ? "~/" + path.dropFirst(prefix.count) : path
    }

    private func base(_ variable: String, default relative: String) -> String {
        if let value = environment[variable], value.hasPrefix("/") { return value }
        return (home.hasSuffix("/") ? home : home + "/") + relative
    }
}
