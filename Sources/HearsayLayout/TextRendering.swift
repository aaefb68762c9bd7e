import HearsayText

/// Turns laid-out lines into text for a stream: plain, or with ANSI SGR styles (for `hearsay
/// show` on a terminal). Colours here are a fixed basic palette; the interactive reader uses
/// the theme instead. Run text is already safe (`DisplaySafety`), so no escape sequence from an
/// article can reach the stream: the only ones written are the SGR codes made here.
public enum TextRendering {
    /// `line` as plain text, indent included, no trailing spaces.
    public static func plain(_ line: LayoutLine) -> String {
        guard !line.runs.isEmpty else { return "" }
        return String(repeating: " ", count: line.indent) + line.runs.map(\.text).joined()
    }

    /// `line` with each run wrapped in its SGR codes and a reset after it.
    public static func ansi(_ line: LayoutLine) -> String {
        guard !line.runs.isEmpty else { return "" }
        var result = String(repeating: " ", count: line.indent)
        for run in line.runs {
            let codes = sgrCodes(for: run.style)
            if codes.isEmpty {
                result += run.text
            } else {
                result += "\u{1B}[" + codes.map(String.init).joined(separator: ";") + "m" + run.text + "\u{1B}[0m"
            }
        }
        return result
    }

    /// SGR parameters for a style: emphasis as attributes, the role as a basic colour.
    static func sgrCodes(for style: TextStyle) -> [Int] {
        var codes: [Int] = []
        if style.emphasis.contains(.bold) { codes.append(1) }
        if style.emphasis.contains(.italic) { codes.append(3) }
        if style.emphasis.contains(.underline) { codes.append(4) }
        switch style.role {
        case .body, .rule: break
        case .title: codes.append(contentsOf: [1, 37])
        case .heading: codes.append(36)
        case .metadata, .timestamp, .image: codes.append(2)
        case .lede, .quote: codes.append(3)
        case .keyPoint: codes.append(33)
        case .link: codes.append(34)
        case .stageDirection: codes.append(2)
        case .speaker(let index): codes.append(speakerColors[index % speakerColors.count])
        }
        if style.highlight != nil || style.match != nil { codes.append(7) }
        var seen = Set<Int>()
        return codes.filter { seen.insert($0).inserted }
    }

    /// Red, green, yellow, blue, magenta, cyan: one per speaker, cycling.
    static let speakerColors = [31, 32, 33, 34, 35, 36]
}
