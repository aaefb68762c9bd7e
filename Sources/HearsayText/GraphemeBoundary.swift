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
    /// Swift decides a boundary by walking back to the start of the cluster around it, and inside
    /// a run of regional indicators (flag halves) by counting every indicator before it. Asked at
    /// each pair of a run of N, or at each byte of one cluster of N combining marks, that is N²
    /// (a line of 40,000 flag halves took `show` 9 s; 1,000 `\u{301}**` took 40 s). The cursor
    /// remembers the last cluster and the last run of indicators it found, and answers inside a
    /// run by parity: UAX #29 (GB12, GB13) pairs indicators from the start of their run.
    struct Cursor {
        let text: String
        private let utf8: String.UTF8View
        private let count: Int
        /// UTF-8 range of the last run of regional indicators found.
        private var run = 0..<0
        /// UTF-8 range of the last grapheme cluster found.
        private var cluster = 0..<0

        init(text: String) {
            self.text = text
            utf8 = text.utf8
            count = text.utf8.count
        }

        mutating func isBoundary(_ offset: Int) -> Bool {
            boundary(around: offset) == offset
        }

        mutating func boundary(atOrBefore offset: Int) -> Int {
            boundary(around: min(max(offset, 0), count))
        }

        /// The start of the cluster holding the byte at `offset` (`offset` itself when a cluster
        /// starts there).
        private mutating func boundary(around offset: Int) -> Int {
            if offset <= 0 || offset >= count { return offset }
            if cluster.lowerBound <= offset, offset < cluster.upperBound { return cluster.lowerBound }
            if offset >= 4, isRegionalIndicator(at: offset), isRegionalIndicator(at: offset - 4) {
                if !(run.lowerBound <= offset - 4 && offset + 4 <= run.upperBound) { run = findRun(around: offset) }
                return (offset - run.lowerBound) / 4 % 2 == 0 ? offset : offset - 4
            }
            cluster = clusterRange(holding: offset)
            return cluster.lowerBound
        }

        /// The cluster holding the byte at `offset`: String's index methods round an index inside
        /// a cluster down to its start, so each step costs the cluster's length, once.
        private func clusterRange(holding offset: Int) -> Range<Int> {
            let index = utf8.index(utf8.startIndex, offsetBy: offset)
            let end = text.index(after: index)
            let start = text.index(before: end)
            return utf8.distance(from: utf8.startIndex, to: start)..<utf8.distance(from: utf8.startIndex, to: end)
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
