import Foundation

/// The real inputs in `../shared/seeds` (beside the repository). CI always has them; a user's
/// checkout may not, and tests that need them are then skipped with this explanation.
public enum Seeds {
    /// `../shared/seeds` beside the checkout; worktrees nested deeper find it by walking up.
    public static let directory: URL = {
        var folder = repositoryRoot
        while folder.path != "/" {
            folder = folder.deletingLastPathComponent()
            let candidate = folder.appendingPathComponent("shared/seeds")
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
        }
        return repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/seeds")
    }()

    public static var available: Bool {
        FileManager.default.fileExists(atPath: directory.appendingPathComponent("000_b09f4aadc0171de3.txt").path)
    }

    public static let skipMessage = "../shared/seeds is not beside this checkout; seed tests skipped"

    /// Seed file names, sorted.
    public static var files: [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { directory.appendingPathComponent($0) }
    }

    public static func url(_ name: String) -> URL { directory.appendingPathComponent(name) }

    /// The repository's root folder (for `themes/`, the built binary, fixtures).
    public static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}
