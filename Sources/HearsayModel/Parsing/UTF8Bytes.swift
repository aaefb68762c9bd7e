/// Byte-level helpers for parsing UTF-8 without building `Character`s in hot loops.
enum UTF8Bytes {
    static let space: UInt8 = 0x20
    static let tab: UInt8 = 0x09
    static let newline: UInt8 = 0x0A
    static let carriageReturn: UInt8 = 0x0D

    @inline(__always)
    static func isSpace(_ byte: UInt8) -> Bool { byte == space || byte == tab }

    @inline(__always)
    static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// `range` without leading and trailing spaces and tabs (and U+3000 ideographic spaces).
    static func trim(_ s: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper {
            if isSpace(s[lower]) { lower += 1 } else if isIdeographicSpace(s, at: lower, end: upper) { lower += 3 } else { break }
        }
        while upper > lower {
            if isSpace(s[upper - 1]) {
                upper -= 1
            } else if upper - lower >= 3, isIdeographicSpace(s, at: upper - 3, end: upper) {
                upper -= 3
            } else {
                break
            }
        }
        return lower..<upper
    }

    @inline(__always)
    static func isIdeographicSpace(_ s: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> Bool {
        index + 2 < end && s[index] == 0xE3 && s[index + 1] == 0x80 && s[index + 2] == 0x80
    }

    /// Whether the bytes at `index` spell `literal`.
    static func hasPrefix(_ s: UnsafeBufferPointer<UInt8>, _ literal: StaticString, at index: Int, end: Int) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard index + count <= end else { return false }
        let pointer = literal.utf8Start
        for offset in 0..<count where s[index + offset] != pointer[offset] { return false }
        return true
    }

    /// First index of `byte` in `range`, or `nil`.
    static func firstIndex(of byte: UInt8, in s: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        var index = range.lowerBound
        while index < range.upperBound {
            if s[index] == byte { return index }
            index += 1
        }
        return nil
    }

    /// Decodes the scalar starting at `index` (which must be valid UTF-8) and its length.
    @inline(__always)
    static func scalar(_ s: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> (value: UInt32, length: Int) {
        let lead = s[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        if lead < 0xE0, index + 1 < end {
            return ((UInt32(lead & 0x1F) << 6) | UInt32(s[index + 1] & 0x3F), 2)
        }
        if lead < 0xF0, index + 2 < end {
            return ((UInt32(lead & 0x0F) << 12) | (UInt32(s[index + 1] & 0x3F) << 6) | UInt32(s[index + 2] & 0x3F), 3)
        }
        if index + 3 < end {
            return (
                (UInt32(lead & 0x07) << 18) | (UInt32(s[index + 1] & 0x3F) << 12)
                    | (UInt32(s[index + 2] & 0x3F) << 6) | UInt32(s[index + 3] & 0x3F), 4
            )
        }
        return (0xFFFD, 1)
    }

    /// The scalar ending just before `index`.
    static func scalar(_ s: UnsafeBufferPointer<UInt8>, before index: Int, start: Int) -> UInt32? {
        guard index > start else { return nil }
        var lead = index - 1
        while lead > start, s[lead] & 0xC0 == 0x80, index - lead < 4 { lead -= 1 }
        return scalar(s, at: lead, end: index).value
    }
}
