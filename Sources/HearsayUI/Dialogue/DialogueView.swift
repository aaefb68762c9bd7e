/// Draws the dialogue view: the shown turns, a marker in the gutter beside the cursor's turn.
enum DialogueView {
    static func render(_ state: AppState, in rect: Rect, into buffer: inout ScreenBuffer, styles: Styles) {
        guard let articleIndex = state.dialogue.article, let layout = state.dialogue.layout else { return }
        let article = state.corpus.articles[articleIndex]
        let cursorLines = state.dialogue.cursor.flatMap { state.dialogue.lines(ofTurn: $0) }
        if !layout.hasLine(0) {
            buffer.write(" No turns by the chosen speakers", x: rect.x, y: rect.y, limit: rect.maxX, style: styles.emptyMessage)
            return
        }
        let decorations = state.decorations(forArticle: articleIndex)
        for row in 0..<rect.height {
            let index = state.dialogue.topLine + row
            guard layout.hasLine(index) else { break }
            let y = rect.y + row
            if cursorLines?.contains(index) == true {
                buffer.write(styles.glyphs.turnCursor, x: rect.x + 1, y: y, style: styles.turnCursor)
            }
            LayoutLineDrawing.draw(layout.line(index), article: article, x: rect.x + 1 + DialogueState.gutterWidth,
                                   y: y, limit: rect.maxX - 1, into: &buffer, styles: styles,
                                   decorations: decorations)
        }
    }
}
