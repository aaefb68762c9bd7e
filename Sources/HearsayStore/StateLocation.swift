import Foundation
import HearsayModel

/// Where highlights and reading state are kept.
public enum StateLocation: Sendable, Hashable {
    /// `hearsay.sqlite` in this folder (created when missing).
    case directory(URL)
    /// Nothing touches the disk: state lives in memory for this run only (`--no-state`, tests).
    case memory

    /// The database file's name inside the state folder.
    public static let databaseFileName = "hearsay.sqlite"

    /// The location a run uses: `memory` with `--no-state`, the given `--state-dir`, else
    /// `$XDG_DATA_HOME/hearsay`, else `~/.local/share/hearsay` (XDG Base Directory defaults).
    /// A relative `XDG_DATA_HOME` is ignored, as the XDG specification requires.
    public static func resolve(
        stateDirectory: String? = nil, noState: Bool = false,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> StateLocation {
        if noState { return .memory }
        if let stateDirectory { return .directory(URL(fileURLWithPath: stateDirectory, isDirectory: true)) }
        return .directory(URL(fileURLWithPath: XDGDirectories(environment: environment).data, isDirectory: true))
    }

    /// The database file, or `nil` in memory.
    public var databaseURL: URL? {
        switch self {
        case .directory(let folder): return folder.appendingPathComponent(StateLocation.databaseFileName)
        case .memory: return nil
        }
    }

    /// For messages: the database path, or "memory".
    public var displayName: String { databaseURL?.path ?? "memory (--no-state)" }
}
