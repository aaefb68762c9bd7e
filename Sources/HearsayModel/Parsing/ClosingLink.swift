/// The last line of many scraped articles names where they came from:
/// `_原链接:https://…_`, `_原链接：https://…_` (or 原連結, 来源, Source…), or a bare `[qq](https://…)`.
enum ClosingLink {
    static func url(_ s: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> String? {
        var inner = line
        if inner.count >= 2, s[inner.lowerBound] == s[inner.upperBound - 1],
            s[inner.lowerBound] == UInt8(ascii: "_") || s[inner.lowerBound] == UInt8(ascii: "*")
        {
            inner = UTF8Bytes.trim(s, (inner.lowerBound + 1)..<(inner.upperBound - 1))
        }
        for label: StaticString in ["原链接", "原文链接", "原連結", "原文連結", "来源", "來源", "出典", "元記事", "Source", "source", "Original", "original"] {
            guard UTF8Bytes.hasPrefix(s, label, at: inner.lowerBound, end: inner.upperBound) else { continue }
            var index = inner.lowerBound + label.utf8CodeUnitCount
            while index < inner.upperBound, UTF8Bytes.isSpace(s[index]) { index += 1 }
            if index < inner.upperBound, s[index] == UInt8(ascii: ":") {
                index += 1
            } else if UTF8Bytes.hasPrefix(s, "：", at: index, end: inner.upperBound) {
                index += 3
            } else {
                continue
            }
            let urlRange = UTF8Bytes.trim(s, index..<inner.upperBound)
            return isWebURL(s, urlRange) ? text(s, urlRange) : nil
        }
        // `[name](url)` and nothing else on the line.
        guard s[line.lowerBound] == UInt8(ascii: "["), s[line.upperBound - 1] == UInt8(ascii: ")"),
            let close = UTF8Bytes.firstIndex(of: UInt8(ascii: "]"), in: s, line),
            close + 1 < line.upperBound, s[close + 1] == UInt8(ascii: "("),
            UTF8Bytes.firstIndex(of: UInt8(ascii: ")"), in: s, (close + 2)..<line.upperBound) == line.upperBound - 1
        else { return nil }
        let urlRange = UTF8Bytes.trim(s, (close + 2)..<(line.upperBound - 1))
        return isWebURL(s, urlRange) ? text(s, urlRange) : nil
    }

    private static func isWebURL(_ s: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        (UTF8Bytes.hasPrefix(s, "http://", at: range.lowerBound, end: range.upperBound)
            || UTF8Bytes.hasPrefix(s, "https://", at: range.lowerBound, end: range.upperBound))
            && UTF8Bytes.firstIndex(of: UInt8(ascii: " "), in: s, range) == nil
    }

    private static func text(_ s: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: s[range]), as: UTF8.self)
    }
}
