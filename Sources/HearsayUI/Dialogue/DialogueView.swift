import HearsayLayout
import HearsayTheme

/// Draws the dialogue view: the shown turns, a marker in the gutter beside the cursor's turn.
enum DialogueView {
    static func render(_ state: AppState, in rect: Rect, into buffer: inout ScreenBuffer, styles: Styles) {
        if let quoteRows = state.dialogue.quoteRows { return renderQuotes(quoteRows, state, in: rect, into: &buffer, styles: styles) }
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
            // The turn before a shown one, there only to say what it answers: dimmed.
            let isContext = line.turn.map { layout.mode.isContext($0, of: article) } ?? false
            let restyle: ((TerminalStyle) -> TerminalStyle)? = isContext ? { styles.dimmedContext($0) } : nil
            LayoutLineDrawing.draw(
                line, article: article, x: rect.x + 1 + DialogueState.gutterWidth,
                y: y, limit: rect.maxX - 1, into: &buffer, styles: styles,
                decorations: decorations, restyle: restyle)
        }
    }
}

extension DialogueView {
    /// The quotes of an article without turns, drawn as a person's stream draws quotes.
    static func renderQuotes(
        _ quoteRows: DialogueQuoteRows, _ state: AppState, in rect: Rect, into buffer: inout ScreenBuffer, styles: Styles
    ) {
        guard let navigation = state.dialogueNavigation, let articleIndex = state.dialogue.article else { return }
        if quoteRows.rows.isEmpty {
            buffer.write(" No quotes by the chosen speakers", x: rect.x, y: rect.y, limit: rect.maxX, style: styles.emptyMessage)
            return
        }
        let cursorLines = state.dialogue.cursor.flatMap { state.dialogue.lines(ofTurn: $0) }
        let top = state.dialogue.topLine
        let shown = quoteRows.rows[min(top, quoteRows.rows.count)..<min(top + rect.height, quoteRows.rows.count)]
        let decorations = state.decorations(forArticle: articleIndex, blocks: LayoutLine.blocks(of: shown.compactMap { $0?.line }))
        for (offset, row) in shown.enumerated() {
            guard let row else { continue }
            let y = rect.y + offset
            if cursorLines?.contains(top + offset) == true {
                buffer.write(styles.glyphs.turnCursor, x: rect.x + 1, y: y, style: styles.turnCursor)
            }
            let speakerID = navigation.speakerIDs[navigation.speaker(of: row.utterance)]
            StreamView.drawQuoteLine(
                row.line, speakerStyle: StreamView.personStyle(speakerID, styles: styles), article: navigation.article,
                x: rect.x + 1 + DialogueState.gutterWidth, y: y, limit: rect.maxX - 1, decorations: decorations,
                into: &buffer, styles: styles)
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
