/// Grapheme cluster boundaries, as Swift's `Character` sees them (UAX #29).
enum GraphemeBoundary {
    /// Whether UTF-8 offset `offset` of `text` is between two grapheme clusters.
    static func isBoundary(_ offset: Int, in text: String) -> Bool {
        if offset <= 0 || offset >= text.utf8.count { return true }
        let index = text.utf8.index(text.utf8.startIndex, offsetBy: offset)
        return String.Index(index, within: text) != nil
    }

    /// The nearest grapheme boundary at or before `offset`.
    static func boundary(atOrBefore offset: Int, in text: String) -> Int {
        var cursor = Cursor(text: text)
        return cursor.boundary(atOrBefore: offset)
    }

    /// Boundaries of one text, asked in any order but cheapest in ascending order.
    ///
    /// Inside a run of regional indicators (flag halves) Swift decides a boundary by counting
    /// every indicator before it, so asking at each pair of a run of N costs N² (a line of
    /// 40,000 took `show` 9 s). The cursor finds each run once and answers inside it by parity:
    /// UAX #29 (GB12, GB13) pairs indicators from the start of their run.
    struct Cursor {
        let text: String
        private let utf8: String.UTF8View
        private let count: Int
        /// UTF-8 range of the last run of regional indicators found.
        private var run = 0..<0

        init(text: String) {
            self.text = text
            utf8 = text.utf8
            count = text.utf8.count
        }

        mutating func isBoundary(_ offset: Int) -> Bool {
            if offset <= 0 || offset >= count { return true }
            guard offset >= 4, isRegionalIndicator(at: offset), isRegionalIndicator(at: offset - 4) else {
                return GraphemeBoundary.isBoundary(offset, in: text)
            }
            if !(run.lowerBound <= offset - 4 && offset + 4 <= run.upperBound) { run = findRun(around: offset) }
            return (offset - run.lowerBound) / 4 % 2 == 0
        }

        mutating func boundary(atOrBefore offset: Int) -> Int {
            var candidate = min(max(offset, 0), count)
            while !isBoundary(candidate) { candidate -= 1 }
            return candidate
        }

        private func findRun(around offset: Int) -> Range<Int> {
            var start = offset
            while start >= 4, isRegionalIndicator(at: start - 4) { start -= 4 }
            var end = offset
            while isRegionalIndicator(at: end) { end += 4 }
            return start..<end
        }

        private func byte(_ offset: Int) -> UInt8 {
            utf8[utf8.index(utf8.startIndex, offsetBy: offset)]
        }

        /// U+1F1E6…U+1F1FF, encoded F0 9F 87 A6…BF, starting at `offset`.
        private func isRegionalIndicator(at offset: Int) -> Bool {
            guard offset >= 0, offset + 4 <= count else { return false }
            let last = byte(offset + 3)
            return byte(offset) == 0xF0 && byte(offset + 1) == 0x9F && byte(offset + 2) == 0x87 && last >= 0xA6 && last <= 0xBF
        }
    }
}
