import ArgumentParser
import Foundation
import HearsayStore

/// `list`'s MARKS: how many highlights the user made in each article, read from the state database
/// (`--state-dir`, else the XDG data folder), or none with `--no-state`.
struct MarkCountOptions: ParsableArguments {
    @Option(
        name: .customLong("state-dir"),
        help: ArgumentHelp(
            "Folder of hearsay.sqlite, for the MARKS column (default: $XDG_DATA_HOME/hearsay or ~/.local/share/hearsay).",
            valueName: "dir"))
    var stateDirectory: String?

    @Flag(name: .customLong("no-state"), help: "Do not read your highlights (MARKS is 0).")
    var noState = false

    /// Highlights per article id. A database that does not exist yet is not created (listing writes nothing);
    /// one that cannot be read is reported on standard error and counts nothing.
    func counts() -> [String: Int] {
        let location = StateLocation.resolve(stateDirectory: stateDirectory, noState: noState)
        guard let file = location.databaseURL, FileManager.default.fileExists(atPath: file.path) else { return [:] }
        do {
            return try HighlightStore(location: location).allHighlights().reduce(into: [:]) { $0[$1.articleID, default: 0] += 1 }
        } catch {
            SafeOutput.error("hearsay: cannot read your highlights from \(file.path): \(error)")
            return [:]
        }
    }
}
