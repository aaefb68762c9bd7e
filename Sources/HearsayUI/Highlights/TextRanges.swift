import HearsayModel

/// Splitting a range of article text (which may span blocks) into per-block UTF-8 ranges, for
/// decorations. Uses only the blocks' lengths (and speaker names), so it costs little per frame.
enum TextRanges {
    static func blockRanges(of range: Range<TextPosition>, in article: Article) -> [(block: Int, range: Range<Int>)] {
        let first = max(range.lowerBound.block, 0)
        let last = min(range.upperBound.block, article.blocks.count - 1)
        guard first <= last else { return [] }
        var result: [(block: Int, range: Range<Int>)] = []
        for block in first...last {
            let length = article.blocks[block].text.utf8.count
            // A turn's speaker name is not its text: a range running into a turn starts at its words.
            let wordsStart = article.blocks[block].wordsStart
            let start = max(block == range.lowerBound.block ? min(range.lowerBound.offset, length) : 0, min(wordsStart, length))
            let end = block == range.upperBound.block ? min(range.upperBound.offset, length) : length
            if start < end { result.append((block, start..<end)) }
        }
        return result
    }
}
