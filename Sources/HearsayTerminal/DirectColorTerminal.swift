import CTerminal
import HearsayTheme

/// Picks a direct-colour terminal description when COLORTERM says the terminal draws 24-bit
/// colour but TERM names a palette description (the usual `xterm-256color` + `truecolor`).
///
/// ncurses emits `38;2;r;g;b` only for descriptions with the `RGB` capability, whose COLORS is
/// 2^24; those ship in ncurses-term (`xterm-direct256`, `xterm-direct`, `tmux-direct`…). Where
/// none is installed the terminal stays on TERM and colours go to the nearest of the 256 standard
/// ones (the user's palette is never redefined).
enum DirectColorTerminal {
    /// The candidate descriptions for `term`, best first: `xterm-direct256` keeps palette
    /// indices 0–255 addressable, so theme colours given as indices stay exact.
    static func candidates(for term: String) -> [String] {
        if term.hasPrefix("tmux") { return ["tmux-direct"] }
        if term.hasPrefix("xterm") || term.isEmpty { return ["xterm-direct256", "xterm-direct"] }
        let base = term.hasSuffix("-256color") ? String(term.dropLast("-256color".count)) : term
        return [base + "-direct"]
    }

    /// The description to start curses with: `nil` keeps TERM (already direct, 24-bit not
    /// wanted, or no direct description installed).
    static func choose(term: String?, wantsDirectColor: Bool) -> String? {
        guard wantsDirectColor, let term, !term.isEmpty else { return nil }
        if ct_terminfo_number(term, "colors") >= ColorDepth.directColorCount { return nil }
        return candidates(for: term).first { ct_terminfo_number($0, "colors") >= ColorDepth.directColorCount }
    }

    /// How many low colour numbers a direct description keeps for palette entries.
    static func paletteSize(ofDirectTerminal name: String) -> Int {
        if name.contains("direct256") { return 256 }
        if name.contains("direct16") { return 16 }
        return 8
    }
}
