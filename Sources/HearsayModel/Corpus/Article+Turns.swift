extension Article {
    /// What a turn says: its paragraphs' text without the leading timestamp, speaker name and
    /// separator, joined by newlines. Stage directions inside the turn are kept as written; a label
    /// alone on its line (`主持人：` above the words) adds no empty paragraph.
    public func words(of turn: Turn) -> String {
        var paragraphs: [String] = []
        for index in turn.blocks where blocks.indices.contains(index) {
            let block = blocks[index]
            guard case .turn = block.kind, let name = block.spans.first(where: { $0.style == .speakerName }) else {
                paragraphs.append(block.text)
                continue
            }
            let start = Block.wordsStart(in: block.text, afterName: name.range.upperBound, spans: block.spans)
            let words = String(decoding: Array(block.text.utf8)[start...], as: UTF8.self)
            if !words.isEmpty { paragraphs.append(words) }
        }
        return paragraphs.joined(separator: "\n")
    }

    /// The turns of one speaker (an index into `speakers`), in reading order.
    public func turns(ofSpeaker speaker: Int) -> [Turn] {
        turns.filter { $0.speaker == speaker }
    }
}
