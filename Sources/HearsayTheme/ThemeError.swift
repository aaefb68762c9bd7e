/// One thing wrong with a theme file, located as precisely as the file allows.
public struct ThemeProblem: Sendable, Hashable, CustomStringConvertible {
    /// 1-based line, when known.
    public var line: Int?
    public var column: Int?
    /// The key path (`list_selected.fg`), when the problem is about a key.
    public var keyPath: String?
    public var message: String

    public init(line: Int? = nil, column: Int? = nil, keyPath: String? = nil, message: String) {
        self.line = line
        self.column = column
        self.keyPath = keyPath
        self.message = message
    }

    /// `line 12: list_selected.fg: …` (without the file name).
    public var description: String {
        var parts: [String] = []
        if let line { parts.append(column.map { "line \(line), column \($0)" } ?? "line \(line)") }
        if let keyPath { parts.append(keyPath) }
        parts.append(message)
        return parts.joined(separator: ": ")
    }
}

/// A theme file that cannot be used: the file and everything wrong with it.
public struct ThemeError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The path or built-in name the theme came from.
    public var file: String
    public var problems: [ThemeProblem]

    public init(file: String, problems: [ThemeProblem]) {
        self.file = file
        self.problems = problems
    }

    /// The first problem in a few words, for the status bar: `bad.toml:3 title.fg: bad colour "#12"`.
    public var brief: String {
        let name = file.split(separator: "/").last.map(String.init) ?? file
        guard let problem = problems.first else { return name }
        var text = problem.message
        if text.hasPrefix("TOML syntax") { text = "TOML syntax error" }
        for cut in ["; ", ": expected", " (", ", found"] {
            if let range = text.range(of: cut) { text = String(text[..<range.lowerBound]) }
        }
        let place = name + (problem.line.map { ":\($0)" } ?? "")
        return place + " " + (problem.keyPath.map { $0 + ": " } ?? "") + text
    }

    /// One line per problem: `themes/bad.toml: line 3: list_selected.fg: …`.
    public var description: String {
        problems.map { "\(file): \($0)" }.joined(separator: "\n")
    }
}
