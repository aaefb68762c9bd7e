import Foundation
import HearsayModel
import HearsayStore

/// Where highlights that could not be saved are written when the user quits anyway:
/// `$XDG_STATE_HOME/hearsay/unsaved-<time>.json` (`~/.local/state/…`), or the temporary folder
/// when that cannot be written. Short, so the quit prompt can show it whole.
public struct RecoveryFile: Sendable {
    /// The file to write, named in the quit prompt.
    public let url: URL
    /// The file used when `url`'s folder cannot be made or written.
    public let fallback: URL

    /// `url` with the home folder written `~`, for the status bar.
    public let displayPath: String

    public init(environment: [String: String] = ProcessInfo.processInfo.environment, date: Date = Date()) {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        let name = "unsaved-\(formatter.string(from: date)).json"
        let directories = XDGDirectories(environment: environment)
        url = URL(fileURLWithPath: directories.state, isDirectory: true).appendingPathComponent(name)
        displayPath = directories.abbreviated(url.path)
        let temporary = environment["TMPDIR"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? "/tmp"
        fallback = URL(fileURLWithPath: temporary, isDirectory: true).appendingPathComponent("hearsay-" + name)
    }

    /// Writes `highlights` as W3C Web Annotation JSON to `url`, else to `fallback`; returns where.
    /// Never replaces a file (two runs quitting in the same second): the name then gets `-2`, `-3`…
    public func write(_ highlights: [Highlight], articles: [Article]) throws -> URL {
        let json = Data(try HighlightExport(highlights: highlights, articles: articles).webAnnotationJSON().utf8)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            return try Self.writeNew(json, at: url)
        } catch {
            return try Self.writeNew(json, at: fallback)
        }
    }

    /// What a crash writes, prepared beforehand because a crashing process can run no more of
    /// this code: the file (`url`, its folder made now, else `fallback`), the JSON `write` would
    /// write, and the line for stderr. `nil` when there are no highlights to keep.
    public func crashSnapshot(_ highlights: [Highlight], articles: [Article]) -> CrashSnapshot? {
        guard !highlights.isEmpty,
            let json = try? HighlightExport(highlights: highlights, articles: articles).webAnnotationJSON()
        else { return nil }
        let folderMade =
            (try? FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)) != nil
        let file = folderMade ? url : fallback
        let count = highlights.count == 1 ? "1 highlight" : "\(highlights.count) highlights"
        return CrashSnapshot(
            path: file.path, contents: Array(json.utf8),
            message: "hearsay: crashed; \(count) NOT SAVED written to \(file.path)"
                + " (W3C Web Annotation JSON, as `hearsay highlights export --format json` writes)\n")
    }

    private static func writeNew(_ data: Data, at url: URL) throws -> URL {
        let stem = url.deletingPathExtension().lastPathComponent
        for attempt in 1...100 {
            let candidate =
                attempt == 1
                ? url
                : url.deletingLastPathComponent()
                    .appendingPathComponent("\(stem)-\(attempt).json")
            // `withoutOverwriting`: fails rather than replace a file already there.
            do {
                try data.write(to: candidate, options: [.withoutOverwriting])
                return candidate
            } catch CocoaError.fileWriteFileExists {
                continue
            }
        }
        throw CocoaError(.fileWriteFileExists)
    }
}

/// The recovery file a crash writes (see `RecoveryFile.crashSnapshot`).
public struct CrashSnapshot: Sendable, Hashable {
    public let path: String
    public let contents: [UInt8]
    /// The line written to stderr once the file is written.
    public let message: String
}
