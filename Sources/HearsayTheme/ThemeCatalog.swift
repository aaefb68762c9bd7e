import Foundation

/// Every theme hearsay knows: the built-in ones (embedded in the executable, so they work from
/// any directory) and the user's `*.toml` files in the config folder's `themes/`, each parsed
/// or with the error that stops it. A user theme with a built-in's name replaces it.
public struct ThemeCatalog: Sendable {
    /// Where a theme came from.
    public enum Source: Sendable, Hashable, CustomStringConvertible {
        case builtin
        case file(String)

        public var description: String {
            switch self {
            case .builtin: "built-in"
            case .file(let path): path
            }
        }
    }

    /// One theme file, parsed or not.
    public struct Entry: Sendable {
        /// The theme's name (the file name without `.toml` when the file could not be parsed).
        public var name: String
        public var source: Source
        public var result: Result<Theme, ThemeError>

        public var theme: Theme? { try? result.get() }
    }

    public private(set) var entries: [Entry]

    /// The name of the theme used when nothing else is chosen.
    public static let defaultName = "default"

    public init(entries: [Entry]) {
        self.entries = entries
    }

    /// The built-in themes plus those in `userThemesDirectory` (sorted by file name).
    public init(userThemesDirectory: String?) {
        var entries = BuiltinThemes.files.map { file in
            Entry(
                name: file.name, source: .builtin,
                result: Result { () throws(ThemeError) in try ThemeParser.parse(file.text, file: "built-in theme \(file.name)") })
        }
        if let directory = userThemesDirectory,
            let names = try? FileManager.default.contentsOfDirectory(atPath: directory)
        {
            for file in names.filter({ $0.hasSuffix(".toml") }).sorted() {
                let entry = Self.load(path: directory + "/" + file)
                entries.removeAll { $0.source == .builtin && $0.name == entry.name }
                entries.append(entry)
            }
        }
        self.entries = entries
    }

    /// The built-in and user themes for this environment (`ConfigLocation`).
    public init(environment: [String: String]) {
        self.init(userThemesDirectory: ConfigLocation(environment: environment).themesDirectory)
    }

    /// Parses one theme file.
    public static func load(path: String) -> Entry {
        let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        guard let data = FileManager.default.contents(atPath: path) else {
            return Entry(
                name: stem, source: .file(path),
                result: .failure(ThemeError(file: path, problems: [ThemeProblem(message: unreadableReason(path))])))
        }
        guard let text = String(bytes: data, encoding: .utf8) else {
            return Entry(
                name: stem, source: .file(path),
                result: .failure(ThemeError(file: path, problems: [ThemeProblem(message: "not UTF-8 text")])))
        }
        let result = Result { () throws(ThemeError) in try ThemeParser.parse(text, file: path) }
        return Entry(name: (try? result.get())?.name ?? stem, source: .file(path), result: result)
    }

    /// The catalogue with `entry`, a theme file given by path (`--theme`, or the config), as the
    /// reader offers it: last, replacing an entry of the same file and, when it parses, any
    /// theme of the same name.
    public func adding(_ entry: Entry) -> ThemeCatalog {
        func sameFile(_ other: Entry) -> Bool {
            guard case .file(let path) = other.source, case .file(let added) = entry.source else { return false }
            return URL(fileURLWithPath: path).standardizedFileURL == URL(fileURLWithPath: added).standardizedFileURL
        }
        var entries = entries.filter { !sameFile($0) && !(entry.theme != nil && $0.name == entry.name) }
        entries.append(entry)
        return ThemeCatalog(entries: entries)
    }

    /// Why `path` could not be read, in the words of `ls` and `cat`.
    static func unreadableReason(_ path: String) -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return "no such file" }
        if isDirectory.boolValue { return "is a folder, not a theme file" }
        return FileManager.default.isReadableFile(atPath: path) ? "cannot read the file" : "permission denied"
    }

    /// The entry named `name`.
    public func entry(named name: String) -> Entry? {
        entries.first { $0.name == name }
    }

    /// The themes that parsed, in catalogue order (what `t` cycles through).
    public var usableThemes: [Theme] { entries.compactMap(\.theme) }

    /// The built-in default theme (always parses: a test checks every built-in).
    public static let defaultTheme: Theme = {
        let file = BuiltinThemes.files.first { $0.name == defaultName }!
        return try! ThemeParser.parse(file.text, file: "built-in theme \(defaultName)")
    }()
}
