import Glibc
import HearsayTheme
import HearsayUI

/// OSC 8 hyperlinks (`ESC ] 8 ; ; URL ST`): whether the terminal takes them, and drawing them.
///
/// ncurses cannot send them, so after each frame the cells of every link on screen are written
/// again, the same text in the same colours, between an OSC 8 opening and closing, with the
/// cursor saved and restored around it (DECSC/DECRC) so curses' idea of the screen stays right.
/// A terminal that does not know OSC 8 may print it, so it is off unless the terminal is known
/// to take it or `[terminal] hyperlinks = true` says so.
public enum Hyperlinks {
    /// `setting`: config.toml's `[terminal] hyperlinks` (`nil`: not set).
    public static func enabled(setting: Bool?, environment: [String: String]) -> Bool {
        if let setting { return setting }
        // tmux passes OSC 8 on only with `terminal-features … hyperlinks`, which cannot be asked.
        if environment["TMUX"] != nil { return false }
        let program = environment["TERM_PROGRAM"] ?? ""
        if ["iTerm.app", "WezTerm", "vscode", "ghostty", "Hyper"].contains(program) { return true }
        if let vte = environment["VTE_VERSION"].flatMap(Int.init), vte >= 5000 { return true }
        if environment["KITTY_WINDOW_ID"] != nil || environment["WT_SESSION"] != nil { return true }
        let term = environment["TERM"] ?? ""
        return ["xterm-kitty", "foot", "alacritty", "wezterm", "xterm-ghostty"].contains { term.hasPrefix($0) }
    }

    /// The bytes that draw `links` of `buffer` as hyperlinks, each cell's style made by `sgr`.
    static func sequence(for links: [Hyperlink], in buffer: ScreenBuffer, sgr: (TerminalStyle) -> String) -> String {
        var output = ""
        for link in links where link.y < buffer.size.height {
            // The address goes inside an escape sequence: no control may end it early.
            let url = String(link.url.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F && !(0x80...0x9F).contains($0.value) })
            output += "\u{1B}7\u{1B}[\(link.y + 1);\(link.columns.lowerBound + 1)H\u{1B}]8;;\(url)\u{1B}\\"
            for x in link.columns where x < buffer.size.width {
                let cell = buffer[x, link.y]
                if cell.isContinuation { continue }
                output += "\u{1B}[0m" + sgr(cell.style) + (cell.text.isEmpty ? " " : cell.text)
            }
            output += "\u{1B}]8;;\u{1B}\\\u{1B}[0m\u{1B}8"
        }
        return output
    }
}

extension TerminalScreen {
    /// Writes `buffer`'s links again as OSC 8 hyperlinks (after curses drew the frame).
    func drawHyperlinks(of buffer: ScreenBuffer) {
        guard hyperlinksEnabled, !buffer.hyperlinks.isEmpty else { return }
        let output = colorOutput
        let text = Hyperlinks.sequence(for: buffer.hyperlinks, in: buffer) { style in
            ANSIEscapes.sgr(Self.shown(style, by: output))
        }
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            var written = 0
            while written < buffer.count {
                let result = Glibc.write(STDOUT_FILENO, buffer.baseAddress! + written, buffer.count - written)
                if result <= 0 { break }
                written += result
            }
        }
    }

    /// `style` as the terminal shows it: colours mapped as curses maps them for `output`.
    static func shown(_ style: TerminalStyle, by output: ColorOutput) -> TerminalStyle {
        var shown = style
        switch output {
        case .none:
            shown.foreground = .default
            shown.background = .default
        case .palette(let depth):
            shown.foreground = ColorMapper.map(style.foreground, to: depth)
            shown.background = ColorMapper.map(style.background, to: depth)
        case .direct:
            break
        }
        return shown
    }
}
