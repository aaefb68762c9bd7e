/// A small approximation of terminal column widths, per Unicode scalar.
///
/// HearsayModel cannot depend on HearsayText, so the model uses this only where it must judge a
/// width by itself (a speaker name is at most 40 columns) and as the default for its text reports.
/// TODO: once `HearsayText`'s width functions are on main, the `hearsay` commands pass them to the
/// report functions (`ArticleListing.table(columns:)`); this stays for the model's own heuristics.
enum DisplayColumns {
    static func width(of text: String) -> Int {
        var total = 0
        for scalar in text.unicodeScalars { total += width(of: scalar.value) }
        return total
    }

    static func width(of scalar: UInt32) -> Int {
        if scalar < 0x20 || (scalar >= 0x7F && scalar < 0xA0) { return 0 }
        if scalar < 0x300 { return 1 }
        if isZeroWidth(scalar) { return 0 }
        return isWide(scalar) ? 2 : 1
    }

    private static func isZeroWidth(_ s: UInt32) -> Bool {
        (s >= 0x300 && s <= 0x36F) || s == 0x200B || s == 0x200C || s == 0x200D || s == 0x2060
            || (s >= 0xFE00 && s <= 0xFE0F) || s == 0xFEFF || (s >= 0x1AB0 && s <= 0x1AFF)
            || (s >= 0x20D0 && s <= 0x20FF) || (s >= 0xE0100 && s <= 0xE01EF)
    }

    private static func isWide(_ s: UInt32) -> Bool {
        (s >= 0x1100 && s <= 0x115F) || (s >= 0x2E80 && s <= 0x303E) || (s >= 0x3041 && s <= 0x33FF)
            || (s >= 0x3400 && s <= 0x4DBF) || (s >= 0x4E00 && s <= 0x9FFF) || (s >= 0xA000 && s <= 0xA4CF)
            || (s >= 0xAC00 && s <= 0xD7A3) || (s >= 0xF900 && s <= 0xFAFF) || (s >= 0xFE30 && s <= 0xFE4F)
            || (s >= 0xFF00 && s <= 0xFF60) || (s >= 0xFFE0 && s <= 0xFFE6) || (s >= 0x1F300 && s <= 0x1F64F)
            || (s >= 0x1F900 && s <= 0x1F9FF) || (s >= 0x20000 && s <= 0x3FFFD)
    }
}
