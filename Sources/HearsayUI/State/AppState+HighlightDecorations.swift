extension AppState {
    /// The user's highlights and the reading cursor's selection in one article.
    func highlightDecorations(forArticle index: Int) -> [TextDecoration] {
        let article = corpus.articles[index]
        var result: [TextDecoration] = []
        for (highlight, range) in highlights.placed(inArticle: article.id) {
            for piece in TextRanges.blockRanges(of: range, in: article) {
                result.append(TextDecoration(block: piece.block, range: piece.range, kind: .highlight(highlight.color)))
            }
        }
        if let cursor = activeCursor, cursor.article == index {
            for piece in TextRanges.blockRanges(of: cursor.range, in: article) {
                result.append(TextDecoration(block: piece.block, range: piece.range, kind: .selection))
            }
        }
        return result
    }
}
