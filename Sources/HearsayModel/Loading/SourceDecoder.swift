#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
                units.append(
                    littleEndian
                        ? UInt16(raw[index]) | UInt16(raw[index + 1]) << 8
                        : UInt16(raw[index]) << 8 | UInt16(raw[index + 1]))
                index += 2
            }
            let text = String(decoding: units, as: UTF16.self)
            return .text(
                Array(text.utf8),
                [
                    Diagnostic(
                        file: file, line: 1, severity: .note,
                        message: "decoded as UTF-16 (\(littleEndian ? "little" : "big")-endian)")
                ])
        }
        return decodeUTF8(raw, file: file)
    }

    private static func decodeUTF8(_ bytes: [UInt8], file: String) -> Outcome {
        if let binary = binaryEvidence(bytes) {
            return .skipped(
                Diagnostic(
                    file: file, line: line(of: binary.offset, in: bytes), severity: .warning,
                    message: "binary file skipped (\(binary.reason))"))
        }
        let scan = UTF8Scan(bytes)
        guard scan.invalidSequences > 0 else { return .text(bytes, []) }
        if scan.invalidSequences >= scan.validMultibyteSequences, let converted = GB18030.decode(bytes) {
            return .text(
                converted,
                [
                    Diagnostic(
                        file: file, line: 1, severity: .warning,
                        message: "not UTF-8; decoded as GB18030 (GBK)")
                ])
        }
        let repaired = Array(String(decoding: bytes, as: UTF8.self).utf8)
        let plural = scan.invalidSequences == 1 ? "sequence" : "sequences"
        return .text(
            repaired,
            [
                Diagnostic(
                    file: file, line: line(of: scan.firstInvalidOffset, in: bytes), severity: .warning,
                    message: "invalid UTF-8 (\(scan.invalidSequences) \(plural)) replaced with U+FFFD")
            ])
    }

    /// Where the first NUL byte is, or whether the start of the file is mostly control bytes.
    private static func binaryEvidence(_ bytes: [UInt8]) -> (offset: Int, reason: String)? {
        let nulOffset: Int? = bytes.withUnsafeBytes { raw in
            guard let base = raw.baseAddress, let found = memchr(base, 0, raw.count) else { return nil }
            return base.distance(to: UnsafeRawPointer(found))
        }
        if let nul = nulOffset { return (nul, "NUL byte at offset \(nul)") }
        let sampleCount = min(bytes.count, 8192)
        let controls = bytes.withUnsafeBufferPointer { buffer in
            var count = 0
            for index in 0..<sampleCount {
                let byte = buffer[index]
                if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C && byte != 0x1B { count += 1 }
            }
            return count
        }
        if sampleCount > 0, controls * 10 > sampleCount {
            return (0, "\(controls) control bytes in the first \(sampleCount)")
        }
        return nil
    }

    static func line(of offset: Int, in bytes: [UInt8]) -> Int {
        var line = 1
        for byte in bytes.prefix(offset) where byte == UTF8Bytes.newline { line += 1 }
        return line
    }
}
