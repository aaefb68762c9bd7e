/// Recognises the markdown line forms that start a block: headings, bullets, thematic breaks and
/// lines that are only an image. Each takes a trimmed, non-empty line range.
enum LineSyntax {
    /// `#`…`######` followed by a space: the level and the text range.
    static func heading(_ s: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> (Int, Range<Int>)? {
        var index = line.lowerBound
        while index < line.upperBound, s[index] == UInt8(ascii: "#") { index += 1 }
        let level = index - line.lowerBound
        guard (1...6).contains(level), index == line.upperBound || UTF8Bytes.isSpace(s[index]) else { return nil }
        var end = line.upperBound
        while end > index, s[end - 1] == UInt8(ascii: "#") { end -= 1 }
        if end == index || !UTF8Bytes.isSpace(s[end - 1]) { end = line.upperBound }
        let text = UTF8Bytes.trim(s, index..<end)
        return text.isEmpty ? nil : (level, text)
    }

    /// `---`, `***`, `___` (spaces allowed between).
    static func isThematicBreak(_ s: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Bool {
        let marker = s[line.lowerBound]
        guard marker == UInt8(ascii: "-") || marker == UInt8(ascii: "*") || marker == UInt8(ascii: "_") else { return false }
        var count = 0
        for index in line {
            if s[index] == marker { count += 1 } else if !UTF8Bytes.isSpace(s[index]) { return false }
        }
        return count >= 3
    }

    /// Where the text of a `- `, `* `, `+ ` or `• ` bullet starts.
    static func bulletContent(_ s: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Int? {
        let first = s[line.lowerBound]
        if first == UInt8(ascii: "-") || first == UInt8(ascii: "*") || first == UInt8(ascii: "+") {
            guard line.count >= 2, UTF8Bytes.isSpace(s[line.lowerBound + 1]) else { return nil }
            return UTF8Bytes.trim(s, (line.lowerBound + 2)..<line.upperBound).lowerBound
        }
        // `• item`
        if UTF8Bytes.hasPrefix(s, "\u{2022}", at: line.lowerBound, end: line.upperBound) {
            return UTF8Bytes.trim(s, (line.lowerBound + 3)..<line.upperBound).lowerBound
        }
        return nil
    }

    /// A line that is only `![alt](url)`.
    static func imageLine(_ s: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> (alt: Range<Int>, url: String)? {
        guard UTF8Bytes.hasPrefix(s, "![", at: line.lowerBound, end: line.upperBound),
            s[line.upperBound - 1] == UInt8(ascii: ")"),
            let close = UTF8Bytes.firstIndex(of: UInt8(ascii: "]"), in: s, (line.lowerBound + 2)..<line.upperBound),
            close + 1 < line.upperBound, s[close + 1] == UInt8(ascii: "("),
            UTF8Bytes.firstIndex(of: UInt8(ascii: ")"), in: s, (close + 2)..<line.upperBound) == line.upperBound - 1
        else { return nil }
        let urlRange = UTF8Bytes.trim(s, (close + 2)..<(line.upperBound - 1))
        return ((line.lowerBound + 2)..<close, String(decoding: UnsafeBufferPointer(rebasing: s[urlRange]), as: UTF8.self))
    }
}
