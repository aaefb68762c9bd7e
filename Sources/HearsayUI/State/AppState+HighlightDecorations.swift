import HearsayModel

extension AppState {
    /// The user's highlights and the reading cursor's selection in one article, only those
    /// touching `blocks` when given.
    func highlightDecorations(forArticle index: Int, blocks: ClosedRange<Int>? = nil) -> [TextDecoration] {
        let article = corpus.articles[index]
        func touchesBlocks(_ range: Range<TextPosition>) -> Bool {
            guard let blocks else { return true }
            return range.lowerBound.block <= blocks.upperBound && range.upperBound.block >= blocks.lowerBound
        }
        var result: [TextDecoration] = []
        for (highlight, range) in highlights.placed(inArticle: article.id) where touchesBlocks(range) {
            for piece in TextRanges.blockRanges(of: range, in: article) {
                result.append(TextDecoration(block: piece.block, range: piece.range, kind: .highlight(highlight.color)))
            }
        }
        if let cursor = activeCursor, cursor.article == index, touchesBlocks(cursor.range) {
            for piece in TextRanges.blockRanges(of: cursor.range, in: article) {
                result.append(TextDecoration(block: piece.block, range: piece.range, kind: .selection))
            }
        }
        return result
    }
}
