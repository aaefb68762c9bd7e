/// Timestamps in transcripts: `[00:03:12]`, `(03:12)`, `\[12:34\]` (escaped markdown), a bare `00:03:12` or
/// `0:03:12.5` before the label, `(9:42)` inside it, `[00:01:02]` or `[[00:01:02](url)]` after a name.
enum Timestamp {
    /// A timestamp at the start of `range`, followed by a space when bare.
    static func match(_ s: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (written: Range<Int>, value: Range<Int>)? {
        let end = range.upperBound
        var index = range.lowerBound
        guard index < end else { return nil }
        var closing: StaticString?
        if UTF8Bytes.hasPrefix(s, "\\[", at: index, end: end) {
            closing = "\\]"
            index += 2
        } else if s[index] == UInt8(ascii: "[") {
            closing = "]"
            index += 1
        } else if s[index] == UInt8(ascii: "(") {
            closing = ")"
            index += 1
        } else if !UTF8Bytes.isDigit(s[index]) {
            return nil
        }
        let valueStart = index
        guard let valueEnd = clock(s, from: index, end: end) else { return nil }
        index = valueEnd
        if let closing {
            guard UTF8Bytes.hasPrefix(s, closing, at: index, end: end) else { return nil }
            index += closing.utf8CodeUnitCount
        } else {
            guard index < end, UTF8Bytes.isSpace(s[index]) else { return nil }
        }
        return (range.lowerBound..<index, valueStart..<valueEnd)
    }

    /// `range` is exactly a clock value such as `9:42` (inside brackets the caller removed): its digits.
    static func value(_ s: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int>? {
        let trimmed = UTF8Bytes.trim(s, range)
        guard !trimmed.isEmpty, UTF8Bytes.isDigit(s[trimmed.lowerBound]),
            let end = clock(s, from: trimmed.lowerBound, end: trimmed.upperBound), end == trimmed.upperBound
        else { return nil }
        return trimmed
    }

    /// `range` is wholly a timestamp after a name: `[00:01:02]`, `(00:01:02)`, `00:01:02`, `[00:01:02](url)` or
    /// `[[00:01:02](url)]`.
    static func trailing(_ s: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (written: Range<Int>, value: Range<Int>)? {
        var lower = range.lowerBound
        var upper = range.upperBound
        guard lower < upper else { return nil }
        if let digits = value(s, lower..<upper) { return (range, digits) }
        // Peel `[…]` around a link.
        if UTF8Bytes.hasPrefix(s, "[[", at: lower, end: upper), s[upper - 1] == UInt8(ascii: "]") {
            lower += 1
            upper -= 1
        }
        guard s[lower] == UInt8(ascii: "[") || s[lower] == UInt8(ascii: "(") else { return nil }
        let closing = s[lower] == UInt8(ascii: "[") ? UInt8(ascii: "]") : UInt8(ascii: ")")
        guard let close = UTF8Bytes.firstIndex(of: closing, in: s, (lower + 1)..<upper),
            let digits = value(s, (lower + 1)..<close)
        else { return nil }
        let after = close + 1
        if after == upper { return (range, digits) }
        // `[00:01:02](url)`: a link whose text is the time.
        guard closing == UInt8(ascii: "]"), s[after] == UInt8(ascii: "("), s[upper - 1] == UInt8(ascii: ")") else { return nil }
        return (range, digits)
    }

    /// Two or three groups of digits separated by `:`, an optional `.5` or `,5` fraction: where it ends.
    private static func clock(_ s: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> Int? {
        var index = start
        var groups = 0
        while groups < 3 {
            var digits = 0
            while index < end, UTF8Bytes.isDigit(s[index]), digits < 3 { index += 1; digits += 1 }
            guard digits >= 1 else { return nil }
            groups += 1
            if index + 1 < end, s[index] == UInt8(ascii: ":"), UTF8Bytes.isDigit(s[index + 1]) {
                index += 1
            } else {
                break
            }
        }
        guard groups >= 2 else { return nil }
        if index + 1 < end, s[index] == UInt8(ascii: ".") || s[index] == UInt8(ascii: ","), UTF8Bytes.isDigit(s[index + 1]) {
            index += 1
            while index < end, UTF8Bytes.isDigit(s[index]) { index += 1 }
        }
        return index
    }
}
