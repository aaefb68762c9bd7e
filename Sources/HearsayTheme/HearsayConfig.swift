import Foundation
import TOMLKit

/// The settings in `config.toml` that hearsay reads (so far `theme = "name"`). Writing keeps any
/// other keys the user put in the file.
public struct HearsayConfig: Sendable, Hashable {
    public var theme: String?

    public init(theme: String? = nil) {
        self.theme = theme
    }

    /// Reads `path`; a missing file is an empty configuration, a broken one a `ThemeError`
    /// naming the file and line.
    public static func read(from path: String) throws(ThemeError) -> HearsayConfig {
        guard let data = FileManager.default.contents(atPath: path) else { return HearsayConfig() }
        let table = try parseTable(String(decoding: data, as: UTF8.self), file: path)
        guard let value = table["theme"] else { return HearsayConfig() }
        guard let name = value.string else {
            throw ThemeError(
                file: path,
                problems: [
                    ThemeProblem(
                        line: TOMLKeyLocator(text: String(decoding: data, as: UTF8.self)).line(of: ["theme"]),
                        keyPath: "theme", message: "expected a string (a theme name), found \(value.type)")
                ])
        }
        return HearsayConfig(theme: name)
    }

    /// Sets `theme` in the file at `path`, creating it and its folder if needed and keeping the
    /// file's other settings.
    public static func writeTheme(_ name: String, to path: String) throws {
        let existing = FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) } ?? ""
        let table = try parseTable(existing, file: path)
        table["theme"] = name
        let directory = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var text = table.convert(to: .toml)
        if !text.hasSuffix("\n") { text += "\n" }
        // Write to a temporary file and rename, so a crash never leaves half a config.
        let temporary = path + ".tmp"
        try Data(text.utf8).write(to: URL(fileURLWithPath: temporary))
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: temporary)
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: "cannot replace \(path): \(reason)"])
        }
    }

    private static func parseTable(_ text: String, file: String) throws(ThemeError) -> TOMLTable {
        do {
            return try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ThemeError(
                file: file,
                problems: [
                    ThemeProblem(
                        line: error.source.begin.line, column: error.source.begin.column, message: "TOML syntax: \(error.description)")
                ])
        } catch {
            throw ThemeError(file: file, problems: [ThemeProblem(message: "\(error)")])
        }
    }
}
