/// One line of the TOML subset `speakers.toml` uses: `key = "value"` or `key = ["a", "b"]`.
enum TOMLLine {
    enum Value: Equatable {
        case string(String)
        case strings([String])
    }

    /// The line without a `#` comment (a `#` inside quotes is text).
    static func withoutComment(_ line: String) -> String {
        var inQuotes = false
        var previous: Character?
        for index in line.indices {
            let character = line[index]
            if character == "\"", previous != "\\" { inQuotes.toggle() }
            if character == "#", !inQuotes { return String(line[..<index]) }
            previous = character
        }
        return line
    }

    static func keyValue(_ line: String) -> (String, Value)? {
        var rest = Substring(line)
        let key: String
        if rest.first == "\"" {
            guard let (quoted, after) = quotedString(rest) else { return nil }
            key = quoted
            rest = after
        } else {
            guard let equals = rest.firstIndex(of: "=") else { return nil }
            key = rest[..<equals].trimmingCharacters(in: .whitespaces)
            rest = rest[equals...]
        }
        rest = rest.drop { $0 == " " || $0 == "\t" }
        guard !key.isEmpty, rest.first == "=" else { return nil }
        rest = rest.dropFirst().drop { $0 == " " || $0 == "\t" }
        if rest.first == "\"" {
            guard let (value, after) = quotedString(rest), after.allSatisfy({ $0 == " " || $0 == "\t" }) else { return nil }
            return (key, .string(value))
        }
        guard rest.first == "[" else { return nil }
        rest = rest.dropFirst()
        var values: [String] = []
        while true {
            rest = rest.drop { $0 == " " || $0 == "\t" || $0 == "," }
            if rest.first == "]" {
                return rest.dropFirst().allSatisfy({ $0 == " " || $0 == "\t" }) ? (key, .strings(values)) : nil
            }
            guard let (value, after) = quotedString(rest) else { return nil }
            values.append(value)
            rest = after
        }
    }

    /// A `"…"` string at the start of `text` (with `\"` and `\\` escapes) and what follows it.
    private static func quotedString(_ text: Substring) -> (String, Substring)? {
        guard text.first == "\"" else { return nil }
        var value = ""
        var index = text.index(after: text.startIndex)
        while index < text.endIndex {
            let character = text[index]
            if character == "\"" { return (value, text[text.index(after: index)...]) }
            if character == "\\" {
                index = text.index(after: index)
                guard index < text.endIndex else { return nil }
                value.append(text[index] == "n" ? "\n" : text[index])
            } else {
                value.append(character)
            }
            index = text.index(after: index)
        }
        return nil
    }
}
