/// How many colours the terminal can draw, best first. Themes are resolved to one of these.
public enum ColorDepth: String, Sendable, Hashable, CaseIterable, Comparable {
    /// 24-bit colour (`38;2;r;g;b`).
    case trueColor = "truecolor"
    /// The xterm 256-colour palette (`38;5;n`).
    case colors256 = "256"
    /// The 16 ANSI colours (`30–37`, `90–97`).
    case colors16 = "16"
    /// The 8 basic ANSI colours (`30–37`).
    case colors8 = "8"
    /// No colour: attributes only (monochrome terminals, `NO_COLOR`, `--color=never`).
    case none

    public static func < (lhs: ColorDepth, rhs: ColorDepth) -> Bool {
        allCases.firstIndex(of: lhs)! > allCases.firstIndex(of: rhs)!
    }

    /// The number of colours ncurses reports for a direct-colour terminal description (`RGB`).
    public static let directColorCount = 1 << 24

    /// What the terminal can do, decided from plain inputs so it can be tested:
    /// - `environment`: `NO_COLOR` (set and not empty: no colour) and `COLORTERM`
    ///   (`truecolor` or `24bit`: the terminal draws 24-bit colour whatever terminfo says);
    /// - `terminalColors`: ncurses' `COLORS` after `start_color` (0 or less: no colour;
    ///   2^24 for a direct-colour description such as `xterm-direct`);
    /// - `drawsRGBItself`: whether the caller writes its own `38;2;r;g;b` (`hearsay themes`): then
    ///   `COLORTERM` asking for 24-bit is enough. The reader draws through ncurses, which sends
    ///   24-bit only with a direct-colour description and would otherwise have to redefine the
    ///   user's palette (OSC 4), which hearsay never does: it passes `false` and gets the nearest
    ///   of the 256 standard colours.
    public static func detect(
        environment: [String: String], terminalColors: Int, drawsRGBItself: Bool,
        choice: ColorChoice = .auto
    ) -> ColorDepth {
        if choice == .never { return .none }
        if choice == .auto, let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .none }
        if terminalColors >= directColorCount { return .trueColor }
        let colorTerm = environment["COLORTERM"]?.lowercased() ?? ""
        let wantsTrueColor = colorTerm == "truecolor" || colorTerm == "24bit"
        if wantsTrueColor && terminalColors >= 256 && drawsRGBItself { return .trueColor }
        if terminalColors >= 256 { return .colors256 }
        if terminalColors >= 16 { return .colors16 }
        if terminalColors >= 8 { return .colors8 }
        return .none
    }

    /// Whether the terminal should be asked for a direct-colour description before starting:
    /// the environment says 24-bit colour is drawn and colour is wanted at all.
    public static func prefersDirectColor(environment: [String: String], choice: ColorChoice = .auto) -> Bool {
        if choice == .never { return false }
        if choice == .auto, let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
        let colorTerm = environment["COLORTERM"]?.lowercased() ?? ""
        return colorTerm == "truecolor" || colorTerm == "24bit"
    }
}

extension ColorDepth {
    /// The depth for text printed to a stream (`hearsay show`), where no terminfo is at hand:
    /// none unless colour is wanted (`--color`, else a terminal and no `NO_COLOR`), then 24-bit
    /// with `COLORTERM=truecolor`, 256 colours with a `256color` TERM, else the 16 ANSI colours.
    public static func forStream(environment: [String: String], isTerminal: Bool, choice: ColorChoice) -> ColorDepth {
        switch choice {
        case .never: return .none
        case .auto:
            if !isTerminal { return .none }
            if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .none }
            if environment["TERM"] == "dumb" { return .none }
        case .always: break
        }
        if prefersDirectColor(environment: environment, choice: .always) { return .trueColor }
        if environment["TERM"]?.contains("256color") == true { return .colors256 }
        return .colors16
    }
}
