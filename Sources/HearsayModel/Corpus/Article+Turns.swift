extension Article {
    /// What a turn says: its paragraphs' text without the leading timestamp, speaker name and
    /// separator, joined by newlines. Stage directions inside the turn are kept as written.
    public func words(of turn: Turn) -> String {
        var paragraphs: [String] = []
        for index in turn.blocks where blocks.indices.contains(index) {
            let block = blocks[index]
            guard case .turn = block.kind, let name = block.spans.first(where: { $0.style == .speakerName }) else {
                paragraphs.append(block.text)
                continue
            }
            let utf8 = Array(block.text.utf8)
            var start = name.range.upperBound
            if start < utf8.count, utf8[start] == UInt8(ascii: ":") {
                start += 1
            } else if start + 2 < utf8.count, utf8[start] == 0xEF, utf8[start + 1] == 0xBC, utf8[start + 2] == 0x9A { // ：
                start += 3
            }
            while start < utf8.count, utf8[start] == UInt8(ascii: " ") || utf8[start] == UInt8(ascii: "\t") { start += 1 }
            paragraphs.append(String(decoding: utf8[start...], as: UTF8.self))
        }
        return paragraphs.joined(separator: "\n")
    }

    /// The turns of one speaker (an index into `speakers`), in reading order.
    public func turns(ofSpeaker speaker: Int) -> [Turn] {
        turns.filter { $0.speaker == speaker }
    }
}
