/// Finds the line where a key is written in TOML text. TOMLKit reports lines for syntax errors
/// only, so errors about keys (unknown role, bad colour) locate the key with this scan, which
/// understands `[table]` headers, `key = value` and one-line inline tables `key = { a = … }`.
struct TOMLKeyLocator {
    /// One `[table]` header or `key = value` line, read once: lookups then compare paths only.
    private struct Entry {
        var path: [String]
        var line: Int
        var isTable: Bool
        var value: Substring
    }

    private let entries: [Entry]

    init(text: String) {
        var entries: [Entry] = []
        var table: [String] = []
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingSpaces()
            if line.hasPrefix("[") {
                let name = line.drop { $0 == "[" }.prefix { $0 != "]" }
                table = name.split(separator: ".").map { String($0.trimmingSpaces()) }
                entries.append(Entry(path: table, line: offset + 1, isTable: true, value: ""))
                continue
            }
            guard let equals = line.firstIndex(of: "=") else { continue }
            let key = line[..<equals].trimmingSpaces()
            // A quoted key (`"J" = …`, `'?' = …`) is one key, named without its quotes.
            let parts =
                key.count >= 2 && (key.first == "\"" || key.first == "'") && key.last == key.first
                ? [String(key.dropFirst().dropLast())] : key.split(separator: ".").map { String($0.trimmingSpaces()) }
            let full = table + parts
            entries.append(Entry(path: full, line: offset + 1, isTable: false, value: line[line.index(after: equals)...]))
        }
        self.entries = entries
    }

    /// The 1-based line of `path` (`["list_selected", "fg"]`), or of the nearest enclosing key
    /// found; `nil` when none is.
    func line(of path: [String]) -> Int? {
        var best: Int?
        for entry in entries {
            if entry.path == path { return entry.line }
            if entry.isTable {
                if best == nil, !entry.path.isEmpty, path.starts(with: entry.path) { best = entry.line }
            } else if path.starts(with: entry.path), path.count > entry.path.count {
                // An inline table on this line: look for the inner key in the value.
                if let inner = path.last, entry.value.contains("\(inner) ") || entry.value.contains("\(inner)=") { return entry.line }
                if best == nil { best = entry.line }
            }
        }
        return best
    }
}

extension StringProtocol {
    func trimmingSpaces() -> SubSequence {
        let start = firstIndex { $0 != " " && $0 != "\t" && $0 != "\r" } ?? endIndex
        let end = lastIndex { $0 != " " && $0 != "\t" && $0 != "\r" }.map { index(after: $0) } ?? start
        return self[start..<Swift.max(start, end)]
    }
}
