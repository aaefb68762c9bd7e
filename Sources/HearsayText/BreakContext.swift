/// The rule checks of `BreakRules` for one chunk of UTF-16 text handed to ICU.
struct BreakContext {
    let units: [UInt16]
    let rules: BreakRules
    /// UTF-16 ranges of URLs (when `.keepURLs` is on): no opportunity strictly inside.
    private var urls: [Range<Int>] = []

    init(units: [UInt16], rules: BreakRules) {
        self.units = units
        self.rules = rules
        if rules.contains(.keepURLs) { urls = URLRanges.find(in: units) }
    }

    /// Whether the rules keep ICU's (soft) opportunity before `units[position]`.
    func allows(_ position: Int) -> Bool {
        let next = scalar(at: position)
        let previous = scalar(before: position)
        if rules.contains(.noLineStartPunctuation), BreakRules.noLineStart.contains(next) { return false }
        if rules.contains(.noLineEndPunctuation) {
            var end = position
            while end > 0, units[end - 1] == 0x20 || units[end - 1] == 0x09 { end -= 1 }
            if end > 0, BreakRules.noLineEnd.contains(scalar(before: end)) { return false }
        }
        if rules.contains(.keepNumberWithUnit), Self.isDigit(previous), Self.isIdeograph(next) { return false }
        if rules.contains(.keepURLs), urls.contains(where: { $0.lowerBound < position && position < $0.upperBound }) {
            return false
        }
        return true
    }

    /// Whether UAX #14 and UAX #29 might disagree here: true unless both neighbours are in
    /// ranges where every scalar is its own grapheme cluster (most of Latin-1 and CJK).
    func mayBeInsideGrapheme(_ position: Int) -> Bool {
        !Self.isSimple(scalar(before: position)) || !Self.isSimple(scalar(at: position))
    }

    private func scalar(at position: Int) -> UInt32 {
        let unit = UInt32(units[position])
        if unit & 0xFC00 == 0xD800, position + 1 < units.count {
            return 0x10000 + ((unit - 0xD800) << 10) + (UInt32(units[position + 1]) - 0xDC00)
        }
        return unit
    }

    private func scalar(before position: Int) -> UInt32 {
        let unit = UInt32(units[position - 1])
        if unit & 0xFC00 == 0xDC00, position >= 2 {
            return 0x10000 + ((UInt32(units[position - 2]) - 0xD800) << 10) + (unit - 0xDC00)
        }
        return unit
    }

    static func isDigit(_ value: UInt32) -> Bool {
        (0x30...0x39).contains(value) || (0xFF10...0xFF19).contains(value)
    }

    /// Han ideographs (the units that follow numbers: 亿 万 年 月 日 元 个 …) and 〇.
    static func isIdeograph(_ value: UInt32) -> Bool {
        (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value) || (0xF900...0xFAFF).contains(value)
            || (0x20000...0x3FFFF).contains(value) || value == 0x3007
    }

    /// Scalars that always stand alone as a grapheme cluster when their neighbour does too.
    static func isSimple(_ value: UInt32) -> Bool {
        if value < 0x300 { return value != 0x0D && value != 0x0A }
        if value >= 0x3000, value <= 0x9FFF { return value != 0x3099 && value != 0x309A && !(0x302A...0x302F).contains(value) }
        return value >= 0xFF01 && value <= 0xFF9D
    }
}
