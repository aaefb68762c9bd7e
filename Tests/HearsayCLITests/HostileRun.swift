import Foundation

/// Runs the built binary with every state and config folder in a scratch folder, and keeps what it
/// printed as bytes (the hostile-output tests look at bytes, not at decoded text).
struct HostileRun {
    let scratch: String

    struct Output {
        var arguments: [String]
        var status: Int32
        var standardOutput: Data
        var standardError: Data
        var stdout: String { String(decoding: standardOutput, as: UTF8.self) }
        var stderr: String { String(decoding: standardError, as: UTF8.self) }
        var lines: [String] { stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init) }
        var errorLines: [String] { stderr.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init) }
    }

    /// Runs `arguments`; stdout and stderr go to files (no pipe can fill and stall the child).
    func run(_ arguments: [String]) throws -> Output {
        try run(executable: HearsayBinary.url, arguments)
    }

    /// Runs a benchmark command: `hearsay-bench NAME…`, built beside `hearsay`.
    func runBenchmark(_ arguments: [String]) throws -> Output {
        try run(executable: HearsayBinary.url.deletingLastPathComponent().appendingPathComponent("hearsay-bench"), arguments)
    }

    /// Runs `sh -c script` with `arguments` as $1, $2…, in the same scratch environment.
    func run(shell script: String, arguments: [String]) throws -> Output {
        try run(executable: URL(fileURLWithPath: "/bin/sh"), ["-c", script, "sh"] + arguments)
    }

    private func run(executable: URL, _ arguments: [String]) throws -> Output {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = [
            "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": scratch + "/home",
            "XDG_CONFIG_HOME": scratch + "/config", "XDG_DATA_HOME": scratch + "/data", "XDG_STATE_HOME": scratch + "/state",
        ]
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        let outPath = scratch + "/run-\(UUID().uuidString).out"
        let errPath = outPath + ".err"
        _ = FileManager.default.createFile(atPath: outPath, contents: nil)
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
        defer {
            try? FileManager.default.removeItem(atPath: outPath)
            try? FileManager.default.removeItem(atPath: errPath)
        }
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return Output(
            arguments: arguments, status: process.terminationStatus,
            standardOutput: try Data(contentsOf: URL(fileURLWithPath: outPath)),
            standardError: try Data(contentsOf: URL(fileURLWithPath: errPath)))
    }

    /// What in `bytes` a terminal could act on: invalid UTF-8, C0 controls other than line feed
    /// and tab (ESC, BEL, CR, BS…), DEL, C1 controls and bidirectional controls. Empty when safe.
    static func unsafeScalars(in bytes: Data) -> [String] {
        guard let text = String(bytes: bytes, encoding: .utf8) else {
            return ["invalid UTF-8"]
        }
        var found: [String] = []
        for scalar in text.unicodeScalars {
            let value = scalar.value
            let isControl = (value < 0x20 && value != 0x0A && value != 0x09) || (0x7F...0x9F).contains(value)
            let isBidi =
                value == 0x061C || value == 0x200E || value == 0x200F || (0x202A...0x202E).contains(value)
                || (0x2066...0x2069).contains(value)
            if isControl || isBidi { found.append(String(format: "U+%04X", value)) }
        }
        return found
    }
}
