import TOMLKit

/// Reads a theme file (TOML) into a `Theme`, collecting every problem with its line and key.
///
/// ```toml
/// name = "dusk"
/// description = "…"
/// list_selected = { fg = "#1c1c1c", bg = "#87afd7", attrs = ["bold"], mono = ["reverse"] }
/// [speakers]
/// colors = ["#e06c75", "#98c379", …]   # at least 8
/// attrs = ["bold"]
/// [highlights]
/// colors = ["#5f5f00", …]              # exactly 5 (backgrounds)
/// ```
public enum ThemeParser {
    /// Parses `text`; `file` names the source in errors. Throws `ThemeError` listing every problem.
    public static func parse(_ text: String, file: String) throws(ThemeError) -> Theme {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ThemeError(
                file: file,
                problems: [
                    ThemeProblem(
                        line: error.source.begin.line, column: error.source.begin.column,
                        message: "TOML syntax: \(error.description)")
                ])
        } catch {
            throw ThemeError(file: file, problems: [ThemeProblem(message: "TOML syntax: \(error)")])
        }
        var reader = Reader(locator: TOMLKeyLocator(text: text))
        let theme = reader.theme(from: table)
        guard reader.problems.isEmpty else { throw ThemeError(file: file, problems: reader.problems) }
        return theme
    }

    /// Walks the TOML table, turning what it finds into theme values and problems.
    private struct Reader {
        let locator: TOMLKeyLocator
        var problems: [ThemeProblem] = []

        mutating func problem(_ path: [String], _ message: String) {
            problems.append(ThemeProblem(line: locator.line(of: path), keyPath: path.joined(separator: "."), message: message))
        }

        mutating func theme(from table: TOMLTable) -> Theme {
            var theme = Theme(name: "")
            // In the file's order, so problems come out top to bottom; each key located once.
            let lines = Dictionary(uniqueKeysWithValues: table.keys.map { ($0, locator.line(of: [$0]) ?? 0) })
            for key in table.keys.sorted(by: { (lines[$0]!, $0) < (lines[$1]!, $1) }) {
                guard let value = table[key] else { continue }
                switch key {
                case "name":
                    if let name = string(value, [key]) {
                        if name.isEmpty { problem([key], "the name is empty") } else { theme.name = name }
                    }
                case "description":
                    theme.description = string(value, [key]) ?? ""
                case "speakers":
                    guard let palette = paletteTable(value, [key]) else { continue }
                    if palette.written < Theme.minimumSpeakerColors {
                        problem([key, "colors"], "has \(palette.written) colours; at least \(Theme.minimumSpeakerColors) are needed")
                    }
                    theme.speakers = palette.colors.map {
                        ThemeRoleStyle(foreground: $0, attributes: palette.attributes, monochromeAttributes: palette.mono)
                    }
                case "highlights":
                    guard let palette = paletteTable(value, [key]) else { continue }
                    if palette.written != Theme.highlightColorCount {
                        problem([key, "colors"], "has \(palette.written) colours; exactly \(Theme.highlightColorCount) are needed")
                    }
                    theme.highlights = palette.colors
                    theme.highlightAttributes = palette.attributes
                    theme.highlightMonochromeAttributes = palette.mono
                default:
                    guard let role = ThemeRole(rawValue: key) else {
                        problem(
                            [key],
                            "unknown role; known roles: \(ThemeRole.allCases.map(\.rawValue).joined(separator: ", ")), speakers, highlights"
                        )
                        continue
                    }
                    if let style = roleStyle(value, [key]) { theme.roles[role] = style }
                }
            }
            if table["name"] == nil {
                problems.append(ThemeProblem(line: 1, keyPath: "name", message: "missing: every theme needs `name = \"…\"`"))
            }
            return theme
        }

        mutating func string(_ value: TOMLValueConvertible, _ path: [String]) -> String? {
            guard let string = value.string else {
                problem(path, "expected a string, found \(value.type)")
                return nil
            }
            return string
        }

        mutating func roleStyle(_ value: TOMLValueConvertible, _ path: [String]) -> ThemeRoleStyle? {
            guard let table = value.table else {
                problem(path, "expected a table such as { fg = \"#ffffff\", bg = \"blue\", attrs = [\"bold\"] }, found \(value.type)")
                return nil
            }
            var style = ThemeRoleStyle()
            for key in table.keys.sorted() {
                guard let entry = table[key] else { continue }
                switch key {
                case "fg": style.foreground = color(entry, path + [key])
                case "bg": style.background = color(entry, path + [key])
                case "attrs": style.attributes = attributes(entry, path + [key]) ?? []
                case "mono": style.monochromeAttributes = attributes(entry, path + [key])
                default: problem(path + [key], "unknown key; a role takes fg, bg, attrs and mono")
                }
            }
            return style
        }

        /// `written` counts the items of `colors` as the file has them, bad ones included (they
        /// are problems of their own), so a count message never miscounts what the user wrote.
        mutating func paletteTable(
            _ value: TOMLValueConvertible, _ path: [String]
        )
            -> (colors: [ThemeColor], written: Int, attributes: TerminalAttributes, mono: TerminalAttributes?)?
        {
            guard let table = value.table else {
                problem(path, "expected a table with colors = [ … ], found \(value.type)")
                return nil
            }
            var colors: [ThemeColor] = []
            var written = 0
            var attrs: TerminalAttributes = []
            var mono: TerminalAttributes?
            for key in table.keys.sorted() {
                guard let entry = table[key] else { continue }
                switch key {
                case "colors":
                    guard let array = entry.array else {
                        problem(path + [key], "expected an array of colours, found \(entry.type)")
                        continue
                    }
                    written = array.count
                    for (index, item) in array.enumerated() {
                        if let parsed = color(item, path + [key], index: index) { colors.append(parsed) }
                    }
                case "attrs": attrs = attributes(entry, path + [key]) ?? []
                case "mono": mono = attributes(entry, path + [key])
                default: problem(path + [key], "unknown key; \(path.joined(separator: ".")) takes colors, attrs and mono")
                }
            }
            if table["colors"] == nil { problem(path, "missing colors = [ … ]") }
            return (colors, written, attrs, mono)
        }

        mutating func color(_ value: TOMLValueConvertible, _ path: [String], index: Int? = nil) -> ThemeColor? {
            let place = index.map { "item \($0 + 1): " } ?? ""
            if let number = value.int {
                guard (0...255).contains(number) else {
                    problem(path, "\(place)palette index \(number) is out of range 0–255")
                    return nil
                }
                return .indexed(UInt8(number))
            }
            guard let text = value.string else {
                problem(path, "\(place)expected a colour (\"#rrggbb\", 0–255 or an ANSI name), found \(value.type)")
                return nil
            }
            guard let color = ThemeColor(name: text) else {
                problem(
                    path,
                    "\(place)bad colour \"\(text)\": expected \"#rrggbb\", a palette index 0–255, "
                        + "\"default\" or an ANSI name (black, red, green, yellow, blue, magenta, cyan, white, bright_red…)")
                return nil
            }
            return color
        }

        mutating func attributes(_ value: TOMLValueConvertible, _ path: [String]) -> TerminalAttributes? {
            guard let array = value.array else {
                problem(path, "expected an array of attributes such as [\"bold\", \"underline\"], found \(value.type)")
                return nil
            }
            var result: TerminalAttributes = []
            for item in array {
                guard let name = item.string, let attribute = ThemeAttributeNames.attribute(named: name) else {
                    problem(
                        path,
                        "unknown attribute \(item.string.map { "\"\($0)\"" } ?? "\(item.type)"); "
                            + "known: \(ThemeAttributeNames.all.map(\.name).joined(separator: ", "))")
                    continue
                }
                result.insert(attribute)
            }
            return result
        }
    }
}
