/// Terminal column widths, as ncurses and the terminal draw them.
///
/// Per Unicode scalar, glibc `wcwidth` after LC_CTYPE is set to UTF-8: East Asian Wide and
/// Fullwidth are 2; ambiguous characters such as “ ” … — are 1; combining marks, ZWJ and VS16
/// are 0. A scalar `wcwidth` rejects (-1: controls, unassigned or too-new characters) counts as
/// its visible stand-in from `DisplaySafety`, so no width is ever negative. The width of a string
/// is the sum over its scalars (never one column per `Character`: a flag is two regional
/// indicators of one column each, and that is how the terminal moves the cursor).
public enum DisplayWidth {
    /// Columns drawn for `scalar` (0, 1 or 2), after stand-in mapping.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        ScalarWidths.drawn(scalar.value)
    }

    /// Columns drawn for `text`, after stand-in mapping.
    public static func of<S: StringProtocol>(_ text: S) -> Int {
        var total = 0
        for scalar in text.unicodeScalars { total += ScalarWidths.drawn(scalar.value) }
        return total
    }

    /// Columns drawn for one grapheme cluster.
    public static func of(_ character: Character) -> Int {
        var total = 0
        for scalar in character.unicodeScalars { total += ScalarWidths.drawn(scalar.value) }
        return total
    }
}
