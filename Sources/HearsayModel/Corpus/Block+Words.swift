extension Block {
    /// UTF-8 offset where a turn's words start: after the speaker's name at its start and the
    /// colon (`:` or `：`) and blanks after it. 0 for a block that does not start with a name.
    public var wordsStart: Int {
        guard let name = spans.first, name.style == .speakerName, name.range.lowerBound == 0 else { return 0 }
        let utf8 = text.utf8
        var offset = min(name.range.upperBound, utf8.count)
        var index = utf8.index(utf8.startIndex, offsetBy: offset)
        while index < utf8.endIndex {
            switch utf8[index] {
            case UInt8(ascii: ":"), UInt8(ascii: " "), UInt8(ascii: "\t"):
                offset += 1
                index = utf8.index(after: index)
            // U+FF1A FULLWIDTH COLON (EF BC 9A).
            case 0xEF where utf8[index...].starts(with: [0xEF, 0xBC, 0x9A]):
                offset += 3
                index = utf8.index(index, offsetBy: 3)
            default:
                return offset
            }
        }
        return offset
    }
}
