import HearsayLayout

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
        let top = state.dialogue.topLine
        let lines = (top..<(top + rect.height)).prefix { layout.hasLine($0) }.map(layout.line)
        let decorations = state.decorations(forArticle: articleIndex, blocks: LayoutLine.blocks(of: lines))
        for (row, line) in lines.enumerated() {
            let y = rect.y + row
            if cursorLines?.contains(top + row) == true {
                buffer.write(styles.glyphs.turnCursor, x: rect.x + 1, y: y, style: styles.turnCursor)
            }
            LayoutLineDrawing.draw(
                line, article: article, x: rect.x + 1 + DialogueState.gutterWidth,
                y: y, limit: rect.maxX - 1, into: &buffer, styles: styles,
                decorations: decorations)
        }
    }
}
