import CUnicode

// TODO(text): use HearsayText.DisplayWidth once it is on main; this is a stopgap so the screen
// buffer can place characters. It asks glibc's wcwidth per scalar, the same table ncurses uses.
enum CharacterWidth {
    /// Columns the terminal advances for `scalar`: 0, 1 or 2, or -1 when it cannot be drawn.
    static func of(_ scalar: Unicode.Scalar) -> Int {
        if scalar.value < 0x80 {
            return scalar.value >= 0x20 && scalar.value != 0x7F ? 1 : -1
        }
        _ = utf8CharacterTypeReady
        return Int(cu_wcwidth(scalar.value))
    }

    /// wcwidth answers -1 for every non-ASCII character unless LC_CTYPE is UTF-8.
    private static let utf8CharacterTypeReady: Bool = cu_use_utf8_ctype() == 1
}
