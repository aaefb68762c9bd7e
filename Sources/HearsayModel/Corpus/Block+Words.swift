extension Block {
    /// UTF-8 offset where a turn's words start: after the speaker's name at its start, a timestamp written after
    /// it (`主持人(9:42)：`, `Name [00:01:02]`), and the colon (`:` or `：`) and blanks after them. 0 for a block that
    /// does not start with a name.
    public var wordsStart: Int {
        guard let name = spans.first, name.style == .speakerName, name.range.lowerBound == 0 else { return 0 }
        return Block.wordsStart(in: text, afterName: name.range.upperBound, spans: spans)
    }

    /// Where the words start after a name ending at `nameEnd` (also for a name after a leading timestamp).
    static func wordsStart(in text: String, afterName nameEnd: Int, spans: [InlineSpan]) -> Int {
        let utf8 = Array(text.utf8)
        var offset = min(nameEnd, utf8.count)
        // A timestamp right after the name, maybe after a space.
        if let stamp = spans.first(where: { $0.style == .timestamp && $0.range.lowerBound >= offset }),
            utf8[offset..<stamp.range.lowerBound].allSatisfy({ $0 == UInt8(ascii: " ") })
        {
            offset = stamp.range.upperBound
        }
        while offset < utf8.count {
            switch utf8[offset] {
            case UInt8(ascii: ":"), UInt8(ascii: " "), UInt8(ascii: "\t"):
                offset += 1
            // U+FF1A FULLWIDTH COLON (EF BC 9A).
            case 0xEF where offset + 2 < utf8.count && utf8[offset + 1] == 0xBC && utf8[offset + 2] == 0x9A:
                offset += 3
            default:
                return offset
            }
        }
        return offset
    }
}
