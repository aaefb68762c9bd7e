/// SGR escape sequences for a `TerminalStyle`, for what is printed straight to stdout: `hearsay
/// show` and the previews of `hearsay themes` (the reader itself draws through ncurses).
public enum ANSIEscapes {
    public static func sgr(_ style: TerminalStyle) -> String {
        var codes: [String] = []
        let attributes: [(TerminalAttributes, String)] = [(.bold, "1"), (.dim, "2"), (.italic, "3"), (.underline, "4"), (.reverse, "7")]
        for (attribute, code) in attributes where style.attributes.contains(attribute) { codes.append(code) }
        codes += color(style.foreground, base: 30)
        codes += color(style.background, base: 40)
        return codes.isEmpty ? "" : "\u{1B}[" + codes.joined(separator: ";") + "m"
    }

    public static let reset = "\u{1B}[0m"

    /// `text` drawn in `style`, reset afterwards (plain text when the style is plain).
    public static func styled(_ text: String, _ style: TerminalStyle) -> String {
        let start = sgr(style)
        return start.isEmpty ? text : start + text + reset
    }

    private static func color(_ color: TerminalColor, base: Int) -> [String] {
        switch color {
        case .default: return []
        case .indexed(let index) where index < 8: return ["\(base + Int(index))"]
        case .indexed(let index) where index < 16: return ["\(base + 60 + Int(index) - 8)"]
        case .indexed(let index): return ["\(base + 8)", "5", "\(index)"]
        case .rgb(let red, let green, let blue): return ["\(base + 8)", "2", "\(red)", "\(green)", "\(blue)"]
        }
    }
}
