import CUnicode

/// glibc `wcwidth` answers, cached: computing a width is then one array load.
///
/// Widths must be what ncurses and the terminal use to move the cursor, so they come from glibc
/// itself (after switching LC_CTYPE to UTF-8 once), not from a table of our own that could drift.
enum ScalarWidths {
    /// Scalars below this bound are cached (planes 0–3: everything CJK text uses); the rest
    /// (plane 14 tags and variation selectors, private use) ask glibc each time.
    static let cachedBound: UInt32 = 0x40000

    /// Raw `wcwidth` per scalar value below `cachedBound` (-1 for controls, unassigned, surrogates).
    static let table: [Int8] = {
        _ = cu_use_utf8_ctype()
        var widths = [Int8](repeating: -1, count: Int(cachedBound))
        for value in 0..<cachedBound {
            widths[Int(value)] = Int8(truncatingIfNeeded: cu_wcwidth(value))
        }
        return widths
    }()

    /// glibc's `wcwidth` of `value`: -1, 0, 1 or 2.
    @inline(__always)
    static func raw(_ value: UInt32) -> Int {
        if value < cachedBound { return Int(table[Int(value)]) }
        _ = table.count  // makes sure LC_CTYPE is UTF-8 before glibc is asked directly
        return Int(cu_wcwidth(value))
    }

    /// The width drawn for `value`: its `wcwidth`, or its stand-in's when `wcwidth` is -1.
    @inline(__always)
    static func drawn(_ value: UInt32) -> Int {
        let width = raw(value)
        return width >= 0 ? width : DisplaySafety.standInWidth
    }
}
