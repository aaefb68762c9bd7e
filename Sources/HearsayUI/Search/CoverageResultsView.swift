import HearsayModel
import HearsaySearch
import HearsayText

/// Draws the coverage search's results over the panes: a heading, then each article's title
/// followed by its matches as keyword-in-context lines (the speaker when the match is in a
/// turn, the text around the match centred so the keywords line up in one column).
enum CoverageResultsView {
    /// Rows for results: the screen less the title bar, the heading and the status bar.
    static func listHeight(in size: ScreenSize) -> Int { max(1, size.height - 3) }

    /// Columns kept for the speaker's name.
    static func speakerWidth(forScreenWidth width: Int) -> Int { min(14, max(6, width / 6)) }

    static func render(_ state: AppState, into buffer: inout ScreenBuffer, styles: Styles) {
        guard let results = state.search.results else { return }
        let size = state.size
        let body = Rect(x: 0, y: 1, width: size.width, height: max(0, size.height - 2))
        buffer.fill(body, style: styles.screen)
        buffer.writeTruncated(
            " " + heading(for: results), x: 0, y: body.y, width: body.width, style: styles.heading,
            ellipsis: styles.glyphs.ellipsis)
        if results.matches.isEmpty {
            let text = results.isFinished ? " No matches." : " Searching…"
            buffer.write(text, x: 0, y: body.y + 1, limit: body.maxX, style: styles.emptyMessage)
            return
        }
        let height = listHeight(in: size)
        var top = results.top
        let selectedRow = results.row(ofMatch: results.selection)
        if selectedRow >= top + height { top = selectedRow - height + 1 }
        for slot in 0..<height {
            let index = top + slot
            guard index < results.rows.count else { break }
            let y = body.y + 1 + slot
            switch results.rows[index] {
            case .article(let article):
                // The count goes first, so a long title cannot hide it.
                let count = results.matchCount(inArticle: article)
                let counted = "\(count.matches)\(count.complete ? "" : "+") match\(count.matches == 1 && count.complete ? "" : "es")"
                let title = DisplaySafety.sanitized(state.corpus.articles[article].title)
                let x = buffer.write(" " + counted + " · ", x: 0, y: y, limit: body.maxX, style: styles.listMetadata)
                buffer.writeTruncated(
                    title, x: x, y: y, width: body.maxX - x, style: styles.title, ellipsis: styles.glyphs.ellipsis)
            case .match(let match):
                drawMatch(
                    results.matches[match], selected: match == results.selection, state: state,
                    row: Rect(x: 0, y: y, width: body.width, height: 1), into: &buffer, styles: styles)
            }
        }
    }

    /// `潮汐: 9 matches in 3 articles · 2/9`.
    static func heading(for results: CoverageResults) -> String {
        let counter = MatchNavigation.counter(current: results.selection, count: results.matches.count)
        let place = results.isFinished ? counter : "\(results.selection + 1)"
        return "Search “\(DisplaySafety.sanitized(results.typed))”: \(results.summary) · \(place)"
    }

    static func drawMatch(
        _ found: CorpusMatch, selected: Bool, state: AppState, row: Rect,
        into buffer: inout ScreenBuffer, styles: Styles
    ) {
        let article = state.corpus.articles[found.article]
        let rowStyle = selected ? styles.listSelected : styles.screen
        if selected { buffer.fill(row, style: rowStyle) }
        let speakerX = row.x + 3
        // Prose has no speaker: its text takes the speaker's column too.
        var speakerWidth = 0
        if let speaker = found.match.speaker, article.speakers.indices.contains(speaker) {
            speakerWidth = Self.speakerWidth(forScreenWidth: row.width)
            var style = rowStyle
            if !selected, !styles.speakers.isEmpty {
                style = styles.speakers[styles.speakerSlot(forSpeakerAt: speaker, in: article) % styles.speakers.count]
            }
            buffer.writeTruncated(
                DisplaySafety.sanitized(article.speakers[speaker].name), x: speakerX, y: row.y,
                width: speakerWidth, style: style, ellipsis: styles.glyphs.ellipsis)
        }
        let contextX = speakerWidth > 0 ? speakerX + speakerWidth + 2 : speakerX
        let contextWidth = row.maxX - 1 - contextX
        guard contextWidth > 0 else { return }
        let line = ResultContext.line(for: found.match, in: article, width: contextWidth)
        let (before, match, after) = split(line.text, columns: line.matchColumns)
        var x = buffer.write(before, x: contextX, y: row.y, limit: row.maxX, style: rowStyle)
        x = buffer.write(match, x: x, y: row.y, limit: row.maxX, style: selected ? styles.currentSearchMatch : styles.searchMatch)
        buffer.write(after, x: x, y: row.y, limit: row.maxX, style: rowStyle)
    }

    /// `text` cut where `columns` start and end.
    static func split(_ text: String, columns: Range<Int>) -> (String, String, String) {
        var parts = ["", "", ""]
        var column = 0
        for character in text {
            let part = column < columns.lowerBound ? 0 : column < columns.upperBound ? 1 : 2
            parts[part].append(character)
            column += DisplayWidth.of(character)
        }
        return (parts[0], parts[1], parts[2])
    }
}
