/// A colour as a theme file writes it: `"#rrggbb"`, a palette index 0–255, an ANSI name
/// (`"red"`, `"bright_blue"`…) or `"default"` (the terminal's own colour).
public enum ThemeColor: Sendable, Hashable, CustomStringConvertible {
    case `default`
    /// A palette entry: 0–7 the ANSI colours, 8–15 their bright forms, 16–255 the xterm cube and greys.
    case indexed(UInt8)
    case rgb(RGBColor)

    /// ANSI names by palette index; `bright_` forms are 8–15. `gray`/`grey` mean bright black.
    public static let ansiNames = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    /// Parses a colour name or `#rrggbb`; `nil` when it is neither.
    public init?(name text: String) {
        let lowered = text.lowercased()
        if lowered == "default" {
            self = .default
        } else if let rgb = RGBColor(hex: lowered) {
            self = .rgb(rgb)
        } else if let index = Self.ansiNames.firstIndex(of: lowered) {
            self = .indexed(UInt8(index))
        } else if lowered.hasPrefix("bright_"), let index = Self.ansiNames.firstIndex(of: String(lowered.dropFirst(7))) {
            self = .indexed(UInt8(index + 8))
        } else if lowered == "gray" || lowered == "grey" {
            self = .indexed(8)
        } else {
            return nil
        }
    }

    /// What the colour looks like: its value, or xterm's for a palette entry; `nil` for
    /// `default`, which is whatever the terminal's own colour is.
    public var displayedRGB: RGBColor? {
        switch self {
        case .default: nil
        case .indexed(let index): XtermPalette.rgb(forIndex: index)
        case .rgb(let rgb): rgb
        }
    }

    /// The colour as the theme file would write it.
    public var description: String {
        switch self {
        case .default: "default"
        case .indexed(let index) where index < 8: Self.ansiNames[Int(index)]
        case .indexed(let index) where index < 16: "bright_" + Self.ansiNames[Int(index) - 8]
        case .indexed(let index): String(index)
        case .rgb(let rgb): rgb.description
        }
    }
}
