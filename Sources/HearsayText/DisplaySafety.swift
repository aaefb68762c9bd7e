/// Keeps what an article says from reaching the terminal as anything but visible text.
///
/// C0 and C1 control characters (ESC and NUL included) would let a file move the cursor, change
/// colours or send escape sequences; scalars glibc's `wcwidth` rejects (-1) would be drawn
/// unpredictably.
/// Each such scalar is replaced by a visible stand-in of width 1:
/// - tab, line feed, vertical tab, form feed, carriage return, NEL, U+2028 and U+2029 → a space;
/// - other C0 controls → their Control Picture (ESC → ␛, NUL → ␀), DEL → ␡;
/// - C1 controls, bidirectional controls (which could reorder what the terminal shows: "Trojan
///   Source") and every other `wcwidth` -1 scalar (unassigned, too new) → U+FFFD �.
///
/// U+FE0F VARIATION SELECTOR-16 is dropped from what is drawn (`isDropped`): glibc counts `❤️`
/// as one column (the heart, then 0) while many terminals draw its emoji presentation two wide,
/// so every later column would be off by one in those and not in the others. Without it the
/// character shows in its text presentation, one column in both kinds of terminal (`1️⃣` becomes
/// `1⃣`, the keycap mark combining with the digit). Emoji that are wide by default (`👍`) stay so.
///
/// The command line passes every line it prints through `sanitized` too (text from files and file
/// names), and JSON through `escapingJSON`: one mechanism for the screen and for stdout/stderr.
public enum DisplaySafety {
    /// Width of every stand-in (a space, a Control Picture or U+FFFD: all one column in glibc).
    public static let standInWidth = 1

    /// The visible replacement for `scalar`, or `nil` when it may be drawn as it is.
    public static func standIn(for scalar: Unicode.Scalar) -> Unicode.Scalar? {
        standIn(forValue: scalar.value)
    }

    static func standIn(forValue value: UInt32) -> Unicode.Scalar? {
        if value >= 0x20, value < 0x7F { return nil }
        guard ScalarWidths.isUnsafe(value), value != droppedScalar else { return nil }
        switch value {
        case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029:
            return " "
        case 0x00..<0x20:
            return Unicode.Scalar(0x2400 + value)
        case 0x7F:
            return "\u{2421}"
        default:
            return "\u{FFFD}"
        }
    }

    /// Whether `scalar` is left out of what is drawn (VS16: see above). It has no width, so
    /// leaving it out moves nothing.
    @inline(__always)
    public static func isDropped(_ scalar: Unicode.Scalar) -> Bool { scalar.value == droppedScalar }

    /// U+FE0F VARIATION SELECTOR-16.
    static let droppedScalar: UInt32 = 0xFE0F

    /// `text` with every unsafe scalar replaced by its stand-in and VS16 left out. Grapheme
    /// clusters are kept: a replacement happens inside the cluster it belongs to, and safe text
    /// is returned unchanged.
    public static func sanitized(_ text: String) -> String {
        guard needsSanitizing(text.unicodeScalars) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !isDropped(scalar) {
            result.append(standIn(for: scalar) ?? scalar)
        }
        return String(result)
    }

    /// `sanitized`, but tabs kept: for a line printed by a command, whose fields tabs may separate
    /// (a tab moves the cursor no further than spaces would).
    public static func sanitizedKeepingTabs(_ text: String) -> String {
        guard text.contains("\t") else { return sanitized(text) }
        return text.split(separator: "\t", omittingEmptySubsequences: false)
            .map { sanitized(String($0)) }.joined(separator: "\t")
    }

    /// Whether any scalar of `scalars` needs a stand-in or is dropped.
    static func needsSanitizing(_ scalars: String.UnicodeScalarView) -> Bool {
        scalars.contains { ScalarWidths.isUnsafe($0.value) }
    }

    /// C0 controls, DEL and C1 controls: never sent raw, whatever `wcwidth` says (NUL is 0).
    @inline(__always)
    static func isControl(_ value: UInt32) -> Bool {
        value < 0x20 || (value >= 0x7F && value < 0xA0)
    }

    /// Unicode's Bidi_Control scalars: ALM, LRM, RLM, the embeddings and overrides LRE…RLO, and
    /// the isolates LRI…PDI. `wcwidth` calls them 0 columns, but a bidi-aware terminal obeys them.
    @inline(__always)
    public static func isBidiControl(_ value: UInt32) -> Bool {
        value == 0x061C || value == 0x200E || value == 0x200F || (0x202A...0x202E).contains(value)
            || (0x2066...0x2069).contains(value)
    }
}
