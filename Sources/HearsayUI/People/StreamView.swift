import HearsayLayout
import HearsayModel
import HearsayText
import HearsayTheme

/// Draws a person's stream: each article's title and date, then the person's utterances there
/// as the dialogue view draws turns, a marker beside the one under the cursor.
enum StreamView {
    static func render(_ stream: StreamState, state: AppState, in rect: Rect, into buffer: inout ScreenBuffer, styles: Styles) {
        guard !stream.items.isEmpty else {
            buffer.write(
                " \(DisplaySafety.sanitized(stream.name)) says nothing here", x: rect.x, y: rect.y, limit: rect.maxX,
                style: styles.emptyMessage)
            return
        }
        let cursorRows = stream.itemRows.indices.contains(stream.cursor) ? stream.itemRows[stream.cursor] : 0..<0
        let textX = rect.x + 1 + StreamState.gutterWidth
        for row in 0..<rect.height {
            let index = stream.topLine + row
            guard stream.rows.indices.contains(index) else { break }
            let y = rect.y + row
            switch stream.rows[index] {
            case .blank:
                break
            case .heading(let group):
                let article = state.corpus.articles[stream.groups[group].article]
                let date = article.date.map { "  " + $0.original } ?? ""
                let used = buffer.writeTruncated(
                    DisplaySafety.sanitized(article.title), x: rect.x + 1, y: y, width: max(0, rect.width - 2 - DisplayWidth.of(date)),
                    style: styles.title, ellipsis: styles.glyphs.ellipsis)
                buffer.write(date, x: used, y: y, limit: rect.maxX - 1, style: styles.metadata)
            case .text(let item, let line):
                let articleIndex = stream.items[item].article
                let article = state.corpus.articles[articleIndex]
                if cursorRows.contains(index) {
                    buffer.write(styles.glyphs.turnCursor, x: rect.x + 1, y: y, style: styles.turnCursor)
                }
                let decorations = state.decorations(
                    forArticle: articleIndex, blocks: LayoutLine.blocks(of: [line]), elsewhere: stream.matchesElsewhere)
                UtteranceLineDrawing.draw(
                    line, article: article, x: textX, y: y, limit: rect.maxX - 1, into: &buffer, styles: styles,
                    decorations: decorations, quotedPerson: stream.person)
            }
        }
    }

    /// The colour of the person with `id` (a `SpeakerIdentity` id), the same in every article.
    static func personStyle(_ id: String, styles: Styles) -> TerminalStyle {
        styles.speakers.isEmpty ? styles.body : styles.speakers[styles.speakerSlot(forSpeakerID: id) % styles.speakers.count]
    }
}

extension StreamView {
    /// The status bar's left part: whose stream, where the cursor is, in which article.
    static func location(_ stream: StreamState?) -> String {
        guard let stream, let item = stream.cursorItem else { return " Stream" }
        return " Stream · \(DisplaySafety.sanitized(stream.name)) · \(stream.cursor + 1)/\(stream.items.count)"
            + " · article \(item.group + 1)/\(stream.groups.count)"
    }
}
