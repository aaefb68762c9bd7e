/// Counts well-formed multi-byte sequences and ill-formed ones in a byte buffer (Unicode's
/// "maximal subpart" rule decides where one bad sequence ends, as `String(decoding:)` does).
struct UTF8Scan {
    var validMultibyteSequences = 0
    var invalidSequences = 0
    var firstInvalidOffset = 0

    init(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { s in
            var index = 0
            let count = s.count
            while index < count {
                let lead = s[index]
                if lead < 0x80 {
                    index += 1
                    // Skip ASCII eight bytes at a time.
                    while index + 8 <= count {
                        let word = UnsafeRawPointer(s.baseAddress! + index).loadUnaligned(as: UInt64.self)
                        if word & 0x8080_8080_8080_8080 != 0 { break }
                        index += 8
                    }
                    continue
                }
                let length = UTF8Scan.validSequenceLength(s, at: index)
                if length > 0 {
                    validMultibyteSequences += 1
                    index += length
                } else {
                    if invalidSequences == 0 { firstInvalidOffset = index }
                    invalidSequences += 1
                    index += max(1, UTF8Scan.maximalSubpart(s, at: index))
                }
            }
        }
    }

    /// Length of the well-formed sequence at `index`, or 0.
    @inline(__always)
    static func validSequenceLength(_ s: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = s[index]
        let count = s.count
        func continuation(_ offset: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> Bool {
            index + offset < count && s[index + offset] >= low && s[index + offset] <= high
        }
        switch lead {
        case 0xC2...0xDF: return continuation(1) ? 2 : 0
        case 0xE0: return continuation(1, 0xA0) && continuation(2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF: return continuation(1) && continuation(2) ? 3 : 0
        case 0xED: return continuation(1, 0x80, 0x9F) && continuation(2) ? 3 : 0
        case 0xF0: return continuation(1, 0x90) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF1...0xF3: return continuation(1) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF4: return continuation(1, 0x80, 0x8F) && continuation(2) && continuation(3) ? 4 : 0
        default: return 0
        }
    }

    /// How many bytes one U+FFFD replaces: the lead byte and the continuation bytes that could still
    /// have completed it.
    static func maximalSubpart(_ s: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = s[index]
        let count = s.count
        var expected: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: expected = 2
        case 0xE0: expected = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: expected = 3
        case 0xED: expected = 3; high = 0x9F
        case 0xF0: expected = 4; low = 0x90
        case 0xF1...0xF3: expected = 4
        case 0xF4: expected = 4; high = 0x8F
        default: return 1
        }
        var length = 1
        while length < expected, index + length < count {
            let byte = s[index + length]
            let (lower, upper) = length == 1 ? (low, high) : (UInt8(0x80), UInt8(0xBF))
            guard byte >= lower && byte <= upper else { break }
            length += 1
        }
        return length
    }
}
