import Foundation
import TOMLKit

/// The settings in `config.toml` that hearsay reads: `theme = "name"`, `[reader] max-width`,
/// `[keys]` bindings. Writing keeps any other keys the user put in the file.
public struct HearsayConfig: Sendable, Hashable {
    public var theme: String?
    /// `[reader] max-width`: the widest the text column grows, in terminal columns.
    public var readerMaxWidth: Int?
    /// `[terminal] clipboard`: whether `y` may set the clipboard (OSC 52); `nil` when not set.
    public var clipboard: Bool?
    /// `[terminal] hyperlinks`: whether links are drawn as OSC 8 hyperlinks; `nil` when not set.
    public var hyperlinks: Bool?
    /// `[keys]`: `"J" = "next-article"`, in file order, as written (the UI checks the names).
    public var keyBindings: [ConfiguredKey]
    /// Settings that were ignored because they are wrong (the rest of the file still counts).
    public var problems: [ThemeProblem]

    /// The narrowest text column `max-width` may ask for (the reader's minimum terminal is 40 wide).
    public static let narrowestMaxWidth = 20

    public init(theme: String? = nil, readerMaxWidth: Int? = nil, keyBindings: [ConfiguredKey] = [], problems: [ThemeProblem] = []) {
        self.theme = theme
        self.readerMaxWidth = readerMaxWidth
        self.keyBindings = keyBindings
        self.problems = problems
    }

    /// One line of the `[keys]` table.
    public struct ConfiguredKey: Sendable, Hashable {
        /// The key as written: `J`, `Ctrl-n`, `Enter`.
        public var key: String
        /// The action's name: `next-article`.
        public var action: String
        /// The 1-based line it is written on.
        public var line: Int?

        public init(key: String, action: String, line: Int?) {
            self.key = key
            self.action = action
            self.line = line
        }
    }

    /// Reads `path`; a missing file is an empty configuration, a broken one (TOML syntax, a
    /// theme that is not a string) a `ThemeError` naming the file and line. A wrong reader
    /// setting or key binding is left out and listed in `problems`.
    public static func read(from path: String) throws(ThemeError) -> HearsayConfig {
        guard let data = FileManager.default.contents(atPath: path) else { return HearsayConfig() }
        let text = String(decoding: data, as: UTF8.self)
        let table = try parseTable(text, file: path)
        let locator = TOMLKeyLocator(text: text)
        var config = HearsayConfig()
        if let value = table["theme"] {
            guard let name = value.string else {
                throw ThemeError(
                    file: path,
                    problems: [
                        ThemeProblem(
                            line: locator.line(of: ["theme"]),
                            keyPath: "theme", message: "expected a string (a theme name), found \(value.type)")
                    ])
            }
            config.theme = name
        }
        config.readReader(table["reader"], locator: locator)
        config.readTerminal(table["terminal"], locator: locator)
        config.readKeys(table["keys"], locator: locator)
        return config
    }

    private mutating func readReader(_ value: (any TOMLValueConvertible)?, locator: TOMLKeyLocator) {
        guard let value else { return }
        guard let reader = value.table else {
            problems.append(ThemeProblem(line: locator.line(of: ["reader"]), keyPath: "reader", message: "expected a table ([reader])"))
            return
        }
        guard let width = reader["max-width"] else { return }
        if let columns = width.int, columns >= Self.narrowestMaxWidth {
            readerMaxWidth = columns
        } else {
            problems.append(
                ThemeProblem(
                    line: locator.line(of: ["reader", "max-width"]), keyPath: "reader.max-width",
                    message:
                        "expected a number of columns, at least \(Self.narrowestMaxWidth), found \(width.int.map(String.init) ?? "\(width.type)")"
                ))
        }
    }

    private mutating func readTerminal(_ value: (any TOMLValueConvertible)?, locator: TOMLKeyLocator) {
        guard let terminal = value?.table else { return }
        for key in ["clipboard", "hyperlinks"] {
            guard let setting = terminal[key] else { continue }
            guard let enabled = setting.bool else {
                problems.append(
                    ThemeProblem(
                        line: locator.line(of: ["terminal", key]), keyPath: "terminal.\(key)",
                        message: "expected true or false, found \(setting.type)"))
                continue
            }
            if key == "clipboard" { clipboard = enabled } else { hyperlinks = enabled }
        }
    }

    private mutating func readKeys(_ value: (any TOMLValueConvertible)?, locator: TOMLKeyLocator) {
        guard let value else { return }
        guard let keys = value.table else {
            problems.append(ThemeProblem(line: locator.line(of: ["keys"]), keyPath: "keys", message: "expected a table ([keys])"))
            return
        }
        // TOMLKit's tables do not keep file order: order by line, so messages and help follow the file.
        let lines = Dictionary(uniqueKeysWithValues: keys.keys.map { ($0, locator.line(of: ["keys", $0]) ?? .max) })
        for key in keys.keys.sorted(by: { (lines[$0]!, $0) < (lines[$1]!, $1) }) {
            guard let value = keys[key] else { continue }
            let line = lines[key] == .max ? nil : lines[key]
            guard let action = value.string else {
                problems.append(
                    ThemeProblem(line: line, keyPath: "keys.\(key)", message: "expected an action name in quotes, found \(value.type)"))
                continue
            }
            keyBindings.append(ConfiguredKey(key: key, action: action, line: line))
        }
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
