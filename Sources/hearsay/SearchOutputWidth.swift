#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The width `hearsay search` formats for. (Named for search so it cannot clash with the UI's terminal code.)
enum SearchOutputWidth {
    /// Columns of the terminal on standard output, or `nil` when it is not a terminal.
    static func ofStandardOutput() -> Int? {
        guard isatty(STDOUT_FILENO) == 1 else { return nil }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    /// Columns of a speaker prefix: CJK names are two columns a character.
    // TODO: use HearsayText's `DisplayWidth.of` once it is on main.
    static func columns(of text: String) -> Int {
        text.unicodeScalars.reduce(0) { total, scalar in
            let wide = (0x1100...0x115F).contains(scalar.value) || (0x2E80...0xA4CF).contains(scalar.value)
                || (0xAC00...0xD7A3).contains(scalar.value) || (0xF900...0xFAFF).contains(scalar.value)
                || (0xFF00...0xFF60).contains(scalar.value) || (0xFFE0...0xFFE6).contains(scalar.value)
                || (0x20000...0x3FFFD).contains(scalar.value)
            return total + (wide ? 2 : 1)
        }
    }
}
