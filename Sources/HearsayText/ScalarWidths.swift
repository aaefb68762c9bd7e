import CUnicode

/// glibc `wcwidth` answers, cached: computing a width is then one array load.
///
/// Widths must be what ncurses and the terminal use to move the cursor, so they come from glibc
/// itself (after switching LC_CTYPE to UTF-8 once), not from a table of our own that could drift.
/// Each entry holds the width drawn (the stand-in's for unsafe scalars) and an "unsafe" flag.
enum ScalarWidths {
    /// Scalars below this bound are cached (planes 0–3: everything CJK text uses); the rest
    /// (plane 14 tags and variation selectors, private use) ask glibc each time.
    static let cachedBound: UInt32 = 0x40000
    static let unsafeFlag: UInt8 = 0x80

    /// The cached entries; hot loops take this once and use `drawn(_:in:)` / `isUnsafe(_:in:)`
    /// (every access to a global goes through a once-check).
    static let table: [UInt8] = {
        _ = cu_use_utf8_ctype()
        var entries = [UInt8](repeating: 0, count: Int(cachedBound))
        for value in 0..<cachedBound {
            entries[Int(value)] = entry(value)
        }
        return entries
    }()

    private static func entry(_ value: UInt32) -> UInt8 {
        // VS16 has no width and no stand-in, but text holding it must pass through
        // `DisplaySafety.sanitized`, which leaves it out.
        if value == DisplaySafety.droppedScalar { return unsafeFlag }
        let width = cu_wcwidth(value)
        if DisplaySafety.isControl(value) || DisplaySafety.isBidiControl(value) || width < 0 {
            return unsafeFlag | UInt8(DisplaySafety.standInWidth)
        }
        return UInt8(width)
    }

    @inline(__always)
    private static func lookUp(_ value: UInt32) -> UInt8 {
        if value < cachedBound { return table[Int(value)] }
        _ = table.count  // makes sure LC_CTYPE is UTF-8 before glibc is asked directly
        return entry(value)
    }

    /// The width drawn for `value`: its `wcwidth`, or its stand-in's when it is unsafe.
    @inline(__always)
    static func drawn(_ value: UInt32) -> Int { Int(lookUp(value) & 0x03) }

    /// Whether `value` is a control character or rejected by `wcwidth` (-1), or VS16: text
    /// holding it must be sanitized.
    @inline(__always)
    static func isUnsafe(_ value: UInt32) -> Bool { lookUp(value) & unsafeFlag != 0 }

    /// `table`'s entry for `value`, from a buffer of `table` taken once by the caller.
    @inline(__always)
    static func entry(_ value: UInt32, in entries: UnsafeBufferPointer<UInt8>) -> UInt8 {
        value < cachedBound ? entries[Int(value)] : entry(value)
    }
}
