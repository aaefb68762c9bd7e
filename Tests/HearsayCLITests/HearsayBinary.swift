import Foundation
import HearsayTesting

/// Runs the built `hearsay` executable (`.build/debug/hearsay`) and captures what it prints.
enum HearsayBinary {
    static let url = Seeds.repositoryRoot.appendingPathComponent(".build/debug/hearsay")

    static var available: Bool { FileManager.default.isExecutableFile(atPath: url.path) }

    static let skipMessage = ".build/debug/hearsay is not built; run `swift build` first"

    struct Output {
        var status: Int32
        var standardOutput: String
        var standardError: String
        var lines: [String] { standardOutput.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init) }
    }

    /// The cache folder every run uses (`XDG_CACHE_HOME`), so that the index is exercised but the
    /// user's `~/.cache` is never touched; `XDG_DATA_HOME` (highlights read by `list`) likewise.
    /// `environment` adds to (or replaces) the test's own variables.
    static let cacheHome = FileManager.default.temporaryDirectory.appendingPathComponent("hearsay-cli-cache-\(getpid())").path

    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Output {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging([
            "XDG_CACHE_HOME": cacheHome, "XDG_DATA_HOME": cacheHome + "-data",
        ]) { $1 }
        .merging(environment) { $1 }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(
            status: process.terminationStatus, standardOutput: String(decoding: outData, as: UTF8.self),
            standardError: String(decoding: errData, as: UTF8.self))
    }
}

/// A temporary folder for command-line fixtures, removed when released.
final class FixtureFolder {
    let path: String

    init(files: [String: String]) throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("hearsay-cli-\(UUID().uuidString)").path
        for (name, text) in files {
            let full = path + "/" + name
            try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: full))
        }
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }
}
