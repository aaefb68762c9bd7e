import Foundation

/// The program that opens a web address: the first command of `$BROWSER` (a colon-separated
/// list, each a program and its arguments split on spaces, `%s` standing for the address, which
/// is added at the end when there is none), else `xdg-open`. Run with an argument vector, never
/// through a shell, so an address cannot run anything.
public struct BrowserCommand: Sendable, Hashable {
    /// The program and its arguments, the address among them.
    public var arguments: [String]

    public init(url: String, environment: [String: String]) {
        let configured = environment["BROWSER"]?.split(separator: ":").first.map(String.init) ?? ""
        var words = configured.split(separator: " ").map(String.init)
        if words.isEmpty { words = ["xdg-open"] }
        if words.dropFirst().contains(where: { $0.contains("%s") }) {
            arguments = [words[0]] + words.dropFirst().map { $0.replacingOccurrences(of: "%s", with: url) }
        } else {
            arguments = words + [url]
        }
    }

    /// The program's path: as given when it has a slash, else the first executable in `PATH`.
    public func executable(environment: [String: String]) -> String? {
        let program = arguments[0]
        if program.contains("/") { return FileManager.default.isExecutableFile(atPath: program) ? program : nil }
        let path = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(program)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Starts the browser in the background, its output thrown away (it must not draw over the
    /// reader); returns a line for the status bar.
    public func launch(environment: [String: String]) -> String {
        guard let executable = executable(environment: environment) else {
            return "cannot open the link: no \(arguments[0]) (set BROWSER)"
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = Array(arguments.dropFirst())
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
            return "opened in \(arguments[0])"
        } catch {
            return "cannot open the link with \(arguments[0]): \(error.localizedDescription)"
        }
    }
}
