/// `（笑声）`, `(applause)`, `[音乐]`, `【掌声】`: a short bracketed line in a transcript, attributed to no one.
enum StageDirection {
    static let maximumColumns = 30

    static func matches(_ s: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Bool {
        guard line.count >= 3 else { return false }
        let first = UTF8Bytes.scalar(s, at: line.lowerBound, end: line.upperBound)
        guard let last = UTF8Bytes.scalar(s, before: line.upperBound, start: line.lowerBound) else { return false }
        let closing: UInt32
        switch first.value {
        case 0xFF08: closing = 0xFF09  // （ ）
        case 0x28: closing = 0x29  // ( )
        case 0x5B: closing = 0x5D  // [ ]
        case 0x3010: closing = 0x3011  // 【 】
        default: return false
        }
        guard last == closing else { return false }
        var columns = 0
        var index = line.lowerBound + first.length
        while index < line.upperBound {
            let (scalar, length) = UTF8Bytes.scalar(s, at: index, end: line.upperBound)
            if index + length < line.upperBound, scalar == closing { return false }  // `(a) b (c)`: prose
            columns += DisplayColumns.width(of: scalar)
            if columns > maximumColumns { return false }
            index += length
        }
        return true
    }
}
