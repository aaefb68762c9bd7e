/// The lines of a file as byte ranges without their terminators (`\n`, `\r\n`, or a lone `\r`).
enum SourceLines {
    static func split(_ s: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
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
}
