import Foundation
import HearsayTesting

/// Runs the built `hearsay` binary for the highlights tests, with HOME and XDG_DATA_HOME pointed at
/// a scratch folder so nothing can reach the user's real state.
struct HighlightsCLI {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    let scratch: URL

    init() throws {
        scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("hearsay-cli-highlights-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: emptyCorpus, withIntermediateDirectories: true)
    }

    func remove() { try? FileManager.default.removeItem(at: scratch) }

    var stateDirectory: String { scratch.appendingPathComponent("state").path }
    /// An empty folder given as the corpus, so output never depends on the built-in samples.
    var emptyCorpus: URL { scratch.appendingPathComponent("corpus", isDirectory: true) }

    /// The `hearsay` executable beside the test bundle (`swift build` puts both in one folder).
    static var executable: URL {
        let besideTests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("hearsay")
        if FileManager.default.isExecutableFile(atPath: besideTests.path) { return besideTests }
        return Seeds.repositoryRoot.appendingPathComponent(".build/debug/hearsay")
    }

    func process(_ arguments: [String]) -> Process {
        let process = Process()
        process.executableURL = HighlightsCLI.executable
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = scratch.path
        environment["XDG_DATA_HOME"] = scratch.appendingPathComponent("xdg").path
        process.environment = environment
        return process
    }

    func run(_ arguments: [String]) throws -> Result {
        let process = process(arguments)
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }
}
