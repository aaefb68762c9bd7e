extension ArticleText {
    /// The part of `range` in each block it touches, as UTF-8 offsets into that block's text, for
    /// painting a highlight that may span paragraphs. Blocks the range only touches at an edge (it
    /// ends at offset 0 of a block, or starts at a block's end) are left out.
    public func blockRanges(of range: Range<TextPosition>) -> [(block: Int, range: Range<Int>)] {
        let first = max(range.lowerBound.block, 0)
        let last = min(range.upperBound.block, blockLengths.count - 1)
        guard first <= last else { return [] }
        var result: [(block: Int, range: Range<Int>)] = []
        for block in first...last {
            let start = block == range.lowerBound.block ? min(range.lowerBound.offset, blockLengths[block]) : 0
            let end =
                block == range.upperBound.block
                ? min(range.upperBound.offset, blockLengths[block])
                : blockLengths[block]
            if start < end { result.append((block, start..<end)) }
        }
        return result
    }
}
