/// The rule checks of `BreakRules` for one chunk of UTF-16 text handed to ICU.
struct BreakContext {
    let units: [UInt16]
    let rules: BreakRules
    /// UTF-16 ranges of URLs (when `.keepURLs` is on): no opportunity strictly inside.
    private var urls: [Range<Int>] = []
    /// The punctuation tables, taken once per chunk (see `ScalarWidths.table`).
    private let noLineStart = BreakRules.noLineStartTable
    private let noLineEnd = BreakRules.noLineEndTable

    init(units: [UInt16], rules: BreakRules) {
        self.units = units
        self.rules = rules
        if rules.contains(.keepURLs) { urls = URLRanges.find(in: units) }
    }

    /// Whether the rules keep ICU's (soft) opportunity before `units[position]`.
    func allows(_ position: Int) -> Bool {
        let next = scalar(at: position)
        let previous = scalar(before: position)
        if rules.contains(.noLineStartPunctuation), noLineStart.contains(next) { return false }
        if rules.contains(.noLineEndPunctuation) {
            var end = position
            while end > 0, units[end - 1] == 0x20 || units[end - 1] == 0x09 { end -= 1 }
            if end > 0, noLineEnd.contains(scalar(before: end)) { return false }
        }
        if rules.contains(.keepNumberWithUnit), Self.isDigit(previous), Self.isIdeograph(next) { return false }
        if rules.contains(.keepURLs), isInsideURL(position) { return false }
        return true
    }

    /// Whether `position` is strictly inside one of `urls` (in order, apart): a binary search, so a
    /// line of thousands of URLs stays linear to wrap.
    private func isInsideURL(_ position: Int) -> Bool {
        var low = 0
        var high = urls.count
        while low < high {  // the first URL starting at or after `position`
            let middle = (low + high) / 2
            if urls[middle].lowerBound < position { low = middle + 1 } else { high = middle }
        }
        return low > 0 && position < urls[low - 1].upperBound
    }

    /// Soft opportunities ICU does not give that `.breakAfterASCIIPunctuationInCJK` adds: after
    /// `,` `:` `;` `!` `?` that follow a CJK character and precede an ASCII letter or digit.
    func addedOpportunities() -> [Int] {
        guard rules.contains(.breakAfterASCIIPunctuationInCJK), units.count > 2 else { return [] }
        var result: [Int] = []
        for position in 2..<units.count {
            let punctuation = units[position - 1]
            guard punctuation == 0x2C || punctuation == 0x3A || punctuation == 0x3B || punctuation == 0x21 || punctuation == 0x3F,
                Self.isASCIIAlphanumeric(units[position]),
                Self.isCJK(scalar(before: position - 1))
            else { continue }
            result.append(position)
        }
        return result
    }

    static func isASCIIAlphanumeric(_ unit: UInt16) -> Bool {
        (unit >= 0x30 && unit <= 0x39) || (unit >= 0x41 && unit <= 0x5A) || (unit >= 0x61 && unit <= 0x7A)
    }

    /// Ideographs, kana, Hangul and fullwidth forms: the scripts whose text ASCII punctuation may sit in.
    static func isCJK(_ value: UInt32) -> Bool {
        isIdeograph(value) || (0x3040...0x30FF).contains(value) || (0xAC00...0xD7A3).contains(value)
            || (0xFF01...0xFF60).contains(value) || (0x3000...0x303F).contains(value)
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
