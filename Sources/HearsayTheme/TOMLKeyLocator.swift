/// Finds the line where a key is written in TOML text. TOMLKit reports lines for syntax errors
/// only, so errors about keys (unknown role, bad colour) locate the key with this scan, which
/// understands `[table]` headers, `key = value` and one-line inline tables `key = { a = … }`.
struct TOMLKeyLocator {
    private let lines: [Substring]

    init(text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// The 1-based line of `path` (`["list_selected", "fg"]`), or of the nearest enclosing key
    /// found; `nil` when none is.
    func line(of path: [String]) -> Int? {
        var table: [String] = []
        var best: Int?
        for (offset, rawLine) in lines.enumerated() {
            let line = rawLine.trimmingSpaces()
            if line.hasPrefix("[") {
                let name = line.drop { $0 == "[" }.prefix { $0 != "]" }
                table = name.split(separator: ".").map { String($0.trimmingSpaces()) }
                if table == path { return offset + 1 }
                if best == nil, !table.isEmpty, path.starts(with: table) { best = offset + 1 }
                continue
            }
            guard let equals = line.firstIndex(of: "=") else { continue }
            let key = String(line[..<equals].trimmingSpaces())
            let full = table + key.split(separator: ".").map { String($0.trimmingSpaces()) }
            if full == path { return offset + 1 }
            if path.starts(with: full), path.count > full.count {
                // An inline table on this line: look for the inner key in the value.
                let value = line[line.index(after: equals)...]
                if let inner = path.last, value.contains("\(inner) ") || value.contains("\(inner)=") { return offset + 1 }
                if best == nil { best = offset + 1 }
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
