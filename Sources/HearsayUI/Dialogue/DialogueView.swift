import HearsayLayout
import HearsayTheme

/// Draws the dialogue view: the shown turns, a marker in the gutter beside the cursor's turn.
enum DialogueView {
    static func render(_ state: AppState, in rect: Rect, into buffer: inout ScreenBuffer, styles: Styles) {
        guard let articleIndex = state.dialogue.article, let layout = state.dialogue.layout else { return }
        let article = state.corpus.articles[articleIndex]
        let cursorLines = state.dialogue.cursor.flatMap { state.dialogue.lines(ofTurn: $0) }
        if !layout.hasLine(0) {
            let empty = state.dialogue.listsQuotes ? " No quotes by the chosen speakers" : " No turns by the chosen speakers"
            buffer.write(empty, x: rect.x, y: rect.y, limit: rect.maxX, style: styles.emptyMessage)
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
            // The turn before a shown one, there only to say what it answers: dimmed.
            let isContext = line.turn.map { layout.mode.isContext($0, of: article) } ?? false
            let restyle: ((TerminalStyle) -> TerminalStyle)? = isContext ? { styles.dimmedContext($0) } : nil
            UtteranceLineDrawing.draw(
                line, article: article, x: rect.x + 1 + DialogueState.gutterWidth,
                y: y, limit: rect.maxX - 1, into: &buffer, styles: styles,
                decorations: decorations, restyle: restyle)
        }
    }
}

extension Styles {
    /// A context turn in a filtered dialogue: the theme's metadata colour, dimmed, whatever the
    /// text's own style.
    func dimmedContext(_ style: TerminalStyle) -> TerminalStyle {
        var dimmed = style
        dimmed.foreground = metadata.foreground
        dimmed.attributes.insert(.dim)
        return dimmed
    }
}
