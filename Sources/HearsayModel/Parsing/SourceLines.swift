#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The lines of a file as byte ranges without their terminators (`\n`, `\r\n`, or a lone `\r`).
enum SourceLines {
    static func split(_ s: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        guard let base = s.baseAddress else { return [] }
        if memchr(base, Int32(UTF8Bytes.carriageReturn), s.count) == nil {
            return splitOnNewlines(s, base)
        }
        var lines: [Range<Int>] = []
        lines.reserveCapacity(s.count / 40 + 1)
        var start = 0
        var index = 0
        let count = s.count
        while index < count {
            let byte = s[index]
            if byte == UTF8Bytes.newline {
                lines.append(start..<index)
                start = index + 1
            } else if byte == UTF8Bytes.carriageReturn {
                lines.append(start..<index)
                if index + 1 < count, s[index + 1] == UTF8Bytes.newline { index += 1 }
                start = index + 1
            }
            index += 1
        }
        if start < count { lines.append(start..<count) }
        return lines
    }

    /// The common case, no `\r` anywhere: `memchr` finds each line end.
    private static func splitOnNewlines(_ s: UnsafeBufferPointer<UInt8>, _ base: UnsafePointer<UInt8>) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        lines.reserveCapacity(s.count / 64 + 1)
        var start = 0
        while start < s.count {
            guard let found = memchr(base + start, Int32(UTF8Bytes.newline), s.count - start) else { break }
            let end = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
            lines.append(start..<end)
            start = end + 1
        }
        if start < s.count { lines.append(start..<s.count) }
        return lines
    }
}
