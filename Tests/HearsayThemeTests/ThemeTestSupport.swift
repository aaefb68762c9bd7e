import Foundation

@testable import HearsayTheme

/// A temporary folder for theme and config files, removed when released.
final class ThemeScratchFolder {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("hearsay-theme-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let full = path + "/" + name
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: full))
        return full
    }

    func read(_ name: String) -> String? {
        FileManager.default.contents(atPath: path + "/" + name).map { String(decoding: $0, as: UTF8.self) }
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}

/// Parses a theme expected to be broken and returns its error.
func themeError(_ text: String, file: String = "bad.toml") -> ThemeError? {
    do {
        _ = try ThemeParser.parse(text, file: file)
        return nil
    } catch {
        return error
    }
}

/// The text of a built-in theme file.
func builtinText(_ name: String) -> String {
    BuiltinThemes.files.first { $0.name == name }!.text
}
