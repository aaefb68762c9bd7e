import Foundation

/// Runs the built `hearsay` binary (`HearsayBinary.url`) for the highlights tests, with HOME and
/// XDG_DATA_HOME pointed at a scratch folder so nothing can reach the user's real state, and hands
/// out the `Process` itself for the tests that kill it or run two at once.
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

    func process(_ arguments: [String]) -> Process {
        let process = Process()
        process.executableURL = HearsayBinary.url
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
        return Result(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }
}
