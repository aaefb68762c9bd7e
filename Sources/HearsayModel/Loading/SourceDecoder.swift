/// Turns a file's bytes into UTF-8 text the parser can trust, saying what it had to do.
///
/// UTF-8 with or without a byte-order mark is the norm. UTF-16 with a byte-order mark is converted.
/// Text that is mostly not UTF-8 but is valid GB18030 (GBK, GB2312) is converted with a warning.
/// Otherwise invalid bytes become U+FFFD, with a warning naming the first bad line. A file with a
/// NUL byte or mostly control bytes is binary and skipped.
enum SourceDecoder {
    enum Outcome {
        case text([UInt8], [Diagnostic])
        case skipped(Diagnostic)
    }

    static func decode(_ raw: [UInt8], file: String) -> Outcome {
        if raw.count >= 3, raw[0] == 0xEF, raw[1] == 0xBB, raw[2] == 0xBF {
            return decodeUTF8(Array(raw[3...]), file: file)
        }
        if raw.count >= 2, (raw[0] == 0xFF && raw[1] == 0xFE) || (raw[0] == 0xFE && raw[1] == 0xFF) {
            let littleEndian = raw[0] == 0xFF
            var units: [UInt16] = []
            units.reserveCapacity(raw.count / 2)
            var index = 2
            while index + 1 < raw.count {
                units.append(littleEndian ? UInt16(raw[index]) | UInt16(raw[index + 1]) << 8
                                          : UInt16(raw[index]) << 8 | UInt16(raw[index + 1]))
                index += 2
            }
            let text = String(decoding: units, as: UTF16.self)
            return .text(Array(text.utf8), [Diagnostic(file: file, line: 1, severity: .note,
                                                       message: "decoded as UTF-16 (\(littleEndian ? "little" : "big")-endian)")])
        }
        return decodeUTF8(raw, file: file)
    }

    private static func decodeUTF8(_ bytes: [UInt8], file: String) -> Outcome {
        if let binary = binaryEvidence(bytes) {
            return .skipped(Diagnostic(file: file, line: line(of: binary.offset, in: bytes), severity: .warning,
                                       message: "binary file skipped (\(binary.reason))"))
        }
        let scan = UTF8Scan(bytes)
        guard scan.invalidSequences > 0 else { return .text(bytes, []) }
        if scan.invalidSequences >= scan.validMultibyteSequences, let converted = GB18030.decode(bytes) {
            return .text(converted, [Diagnostic(file: file, line: 1, severity: .warning,
                                                message: "not UTF-8; decoded as GB18030 (GBK)")])
        }
        let repaired = Array(String(decoding: bytes, as: UTF8.self).utf8)
        let plural = scan.invalidSequences == 1 ? "sequence" : "sequences"
        return .text(repaired, [Diagnostic(
            file: file, line: line(of: scan.firstInvalidOffset, in: bytes), severity: .warning,
            message: "invalid UTF-8 (\(scan.invalidSequences) \(plural)) replaced with U+FFFD")])
    }

    /// Where the first NUL byte is, or whether the start of the file is mostly control bytes.
    private static func binaryEvidence(_ bytes: [UInt8]) -> (offset: Int, reason: String)? {
        if let nul = bytes.firstIndex(of: 0) { return (nul, "NUL byte at offset \(nul)") }
        let sample = bytes.prefix(8192)
        var controls = 0
        for byte in sample where byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C && byte != 0x1B {
            controls += 1
        }
        if !sample.isEmpty, controls * 10 > sample.count {
            return (0, "\(controls) control bytes in the first \(sample.count)")
        }
        return nil
    }

    static func line(of offset: Int, in bytes: [UInt8]) -> Int {
        var line = 1
        for byte in bytes.prefix(offset) where byte == UTF8Bytes.newline { line += 1 }
        return line
    }
}

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
