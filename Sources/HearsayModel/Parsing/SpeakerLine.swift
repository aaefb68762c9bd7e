/// A line that opens a dialogue turn: `Name: words`, `Name：words`, `**Name**: words`, `**Name:** words`,
/// optionally after a timestamp such as `[00:03:12]`.
///
/// A name is at most 40 columns, contains a letter, has no sentence punctuation and is not a URL.
struct SpeakerLine {
    /// The timestamp as written, brackets included (`[00:03:12]`), and its digits (`00:03:12`).
    var timestamp: Range<Int>?
    var timestampValue: Range<Int>?
    var name: Range<Int>
    /// The separator as written: `:` or `：`.
    var separator: Range<Int>
    /// The spaces between the separator (or the `**` closing a bold name) and the words.
    var spacing: Range<Int>
    var words: Range<Int>

    static let maximumNameColumns = 40

    static func match(_ s: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> SpeakerLine? {
        var index = line.lowerBound
        let end = line.upperBound
        var timestamp: Range<Int>?
        var timestampValue: Range<Int>?
        if let stamp = Timestamp.match(s, index..<end) {
            timestamp = stamp.written
            timestampValue = stamp.value
            index = stamp.written.upperBound
            while index < end, UTF8Bytes.isSpace(s[index]) { index += 1 }
        }
        guard index < end else { return nil }

        let nameRange: Range<Int>
        let separatorStart: Int
        var afterSeparator: Int
        if UTF8Bytes.hasPrefix(s, "**", at: index, end: end) {
            // `**Name**:` or `**Name:**`
            let inner = index + 2
            guard let close = findDoubleStar(s, from: inner, end: min(end, inner + 200)) else { return nil }
            if let sepLength = separatorLength(s, endingAt: close, start: inner) {
                nameRange = inner..<(close - sepLength)
                separatorStart = close - sepLength
                afterSeparator = close + 2
            } else {
                guard let sepLength = separatorLength(s, at: close + 2, end: end) else { return nil }
                nameRange = inner..<close
                separatorStart = close + 2
                afterSeparator = close + 2 + sepLength
            }
        } else {
            var cursor = index
            var found: (Int, Int)?
            let limit = min(end, index + 4 * maximumNameColumns + 8)
            while cursor < limit {
                if let length = separatorLength(s, at: cursor, end: end) {
                    found = (cursor, length)
                    break
                }
                cursor += 1
            }
            guard let (separatorIndex, length) = found else { return nil }
            nameRange = index..<separatorIndex
            separatorStart = separatorIndex
            afterSeparator = separatorIndex + length
        }
        // `https://…` is a URL, not a speaker called "https".
        if afterSeparator < end, s[afterSeparator] == UInt8(ascii: "/") { return nil }
        let trimmedName = UTF8Bytes.trim(s, nameRange)
        guard isPlausibleName(s, trimmedName) else { return nil }
        if s[separatorStart] == UInt8(ascii: ":"), afterSeparator < end, UTF8Bytes.isDigit(s[afterSeparator]),
           UTF8Bytes.isDigit(s[trimmedName.upperBound - 1]) {
            return nil // a clock time such as 10:30
        }
        let spacingStart = afterSeparator
        while afterSeparator < end, UTF8Bytes.isSpace(s[afterSeparator]) { afterSeparator += 1 }
        let separatorLength = s[separatorStart] == UInt8(ascii: ":") ? 1 : 3
        return SpeakerLine(timestamp: timestamp, timestampValue: timestampValue, name: trimmedName,
                           separator: separatorStart..<(separatorStart + separatorLength),
                           spacing: spacingStart..<afterSeparator, words: afterSeparator..<end)
    }

    private static func findDoubleStar(_ s: UnsafeBufferPointer<UInt8>, from: Int, end: Int) -> Int? {
        var index = from
        while index + 1 < end {
            if s[index] == UInt8(ascii: "*"), s[index + 1] == UInt8(ascii: "*") { return index }
            index += 1
        }
        return nil
    }

    /// Length of a `:` or `：` separator at `index`.
    @inline(__always)
    private static func separatorLength(_ s: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> Int? {
        guard index < end else { return nil }
        if s[index] == UInt8(ascii: ":") { return 1 }
        if s[index] == 0xEF, index + 2 < end, s[index + 1] == 0xBC, s[index + 2] == 0x9A { return 3 }
        return nil
    }

    private static func separatorLength(_ s: UnsafeBufferPointer<UInt8>, endingAt index: Int, start: Int) -> Int? {
        if index - 1 >= start, s[index - 1] == UInt8(ascii: ":") { return 1 }
        if index - 3 >= start, s[index - 3] == 0xEF, s[index - 2] == 0xBC, s[index - 1] == 0x9A { return 3 }
        return nil
    }

    static func isPlausibleName(_ s: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard !range.isEmpty else { return false }
        var columns = 0
        var hasLetter = false
        var index = range.lowerBound
        var wordLength = 0
        while index < range.upperBound {
            let (scalar, length) = UTF8Bytes.scalar(s, at: index, end: range.upperBound)
            if scalar < 0x80 {
                let byte = UInt8(scalar)
                switch byte {
                case UInt8(ascii: "."):
                    // `Dr. Wu`, `J.D. Vance`: a dot after a short word; a dot ending a sentence is not a name.
                    if index + 1 < range.upperBound, s[index + 1] == UInt8(ascii: " "), wordLength > 3 { return false }
                case UInt8(ascii: ","), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ";"), UInt8(ascii: "\""),
                     UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "<"),
                     UInt8(ascii: ">"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "*"), UInt8(ascii: "#"),
                     UInt8(ascii: "|"), UInt8(ascii: "/"), UInt8(ascii: "\\"), UInt8(ascii: "="), UInt8(ascii: "`"),
                     UInt8(ascii: ":"):
                    return false
                default:
                    if byte < 0x20 { return false }
                }
                if (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) { hasLetter = true }
                wordLength = byte == UInt8(ascii: " ") ? 0 : wordLength + 1
            } else {
                if isSentencePunctuation(scalar) { return false }
                if let unicode = Unicode.Scalar(scalar), unicode.properties.isAlphabetic { hasLetter = true }
                wordLength += 1
            }
            columns += DisplayColumns.width(of: scalar)
            if columns > maximumNameColumns { return false }
            index += length
        }
        guard hasLetter else { return false }
        let text = UnsafeBufferPointer(rebasing: s[range])
        if UTF8Bytes.hasPrefix(text, "http", at: 0, end: text.count) || UTF8Bytes.hasPrefix(text, "www.", at: 0, end: text.count) {
            return false
        }
        return true
    }

    /// CJK and typographic punctuation that cannot appear in a name (`·` and `・` can: 埃隆·马斯克).
    static func isSentencePunctuation(_ scalar: UInt32) -> Bool {
        (scalar >= 0x3000 && scalar <= 0x303F) || (scalar >= 0xFF01 && scalar <= 0xFF0F)
            || (scalar >= 0xFF1A && scalar <= 0xFF20) || (scalar >= 0xFF3B && scalar <= 0xFF40)
            || (scalar >= 0xFF5B && scalar <= 0xFF65) || (scalar >= 0x2010 && scalar <= 0x2027)
            || scalar == 0xFFFD
    }
}

/// A leading `[00:03:12]`, `(03:12)` or bare `00:03:12` on a transcript line.
enum Timestamp {
    static func match(_ s: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (written: Range<Int>, value: Range<Int>)? {
        let end = range.upperBound
        var index = range.lowerBound
        guard index < end else { return nil }
        var closing: UInt8?
        if s[index] == UInt8(ascii: "[") { closing = UInt8(ascii: "]") }
        if s[index] == UInt8(ascii: "(") { closing = UInt8(ascii: ")") }
        if closing != nil { index += 1 }
        let valueStart = index
        var groups = 0
        while groups < 3 {
            var digits = 0
            while index < end, UTF8Bytes.isDigit(s[index]), digits < 3 { index += 1; digits += 1 }
            guard digits >= 1 else { return nil }
            groups += 1
            if index < end, s[index] == UInt8(ascii: ":"), index + 1 < end, UTF8Bytes.isDigit(s[index + 1]) {
                index += 1
            } else {
                break
            }
        }
        guard groups >= 2 else { return nil }
        let valueEnd = index
        if let closing {
            guard index < end, s[index] == closing else { return nil }
            index += 1
        } else {
            guard index < end, UTF8Bytes.isSpace(s[index]) else { return nil }
        }
        return (range.lowerBound..<index, valueStart..<valueEnd)
    }
}
