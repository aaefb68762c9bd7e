/// The number that starts an ordered list item: `1. `, `2) `, `3、`.
enum OrderedListMarker {
    /// Length in bytes of the marker and the spaces after it, or `nil` when the line is not an item.
    static func length(_ s: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Int? {
        var index = line.lowerBound
        while index < line.upperBound, index - line.lowerBound < 3, UTF8Bytes.isDigit(s[index]) { index += 1 }
        guard index > line.lowerBound, index < line.upperBound else { return nil }
        if s[index] == UInt8(ascii: ".") || s[index] == UInt8(ascii: ")") {
            // `2024. ` is not reached (three digits at most); `1.5` is a number, not an item: a space must follow.
            guard index + 1 < line.upperBound, UTF8Bytes.isSpace(s[index + 1]) else { return nil }
            index += 2
        } else if UTF8Bytes.hasPrefix(s, "、", at: index, end: line.upperBound) {
            index += 3
        } else {
            return nil
        }
        while index < line.upperBound, UTF8Bytes.isSpace(s[index]) { index += 1 }
        return index < line.upperBound ? index - line.lowerBound : nil
    }

    /// `text` without a leading ordered-list marker.
    static func removed(from text: String) -> String {
        var bytes = Array(text.utf8)
        let markerLength: Int? = bytes.withUnsafeBufferPointer { buffer in length(buffer, 0..<buffer.count) }
        guard let markerLength else { return text }
        bytes.removeFirst(markerLength)
        return String(decoding: bytes, as: UTF8.self)
    }
}
