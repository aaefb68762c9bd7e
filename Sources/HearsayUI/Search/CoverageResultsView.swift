import HearsayModel
import HearsaySearch
import HearsayText

/// Draws the coverage search's results over the panes: a heading, then each article's title
/// followed by its matches (the speaker when the match is in a turn, then the sentence holding
/// the match on one line, or on two when it does not fit: `ResultLines`).
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
        let lines = { (found: CorpusMatch) in lineCount(of: found, in: state.corpus, screenWidth: size.width) }
        var slot = 0
        var index = results.topShowingSelection(height: height, lines: lines)
        while slot < height, index < results.rows.count {
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
                slot += 1
            case .match(let match):
                let rows = min(lines(results.matches[match]), height - slot)
                drawMatch(
                    results.matches[match], selected: match == results.selection, state: state,
                    rows: Rect(x: 0, y: y, width: body.width, height: rows), into: &buffer, styles: styles)
                slot += rows
            }
            index += 1
        }
    }

    /// `潮汐: 9 matches in 3 articles · 2/9`.
    static func heading(for results: CoverageResults) -> String {
        let counter = MatchNavigation.counter(current: results.selection, count: results.matches.count)
        let place = results.isFinished ? counter : "\(results.selection + 1)"
        return "Search “\(DisplaySafety.sanitized(results.typed))”: \(results.summary) · \(place)"
    }

    /// The screen rows a match takes in a view `screenWidth` columns wide.
    static func lineCount(of found: CorpusMatch, in corpus: Corpus, screenWidth: Int) -> Int {
        let article = corpus.articles[found.article]
        let context = contextColumns(for: found.match, in: article, rowWidth: screenWidth)
        guard context.width > 0 else { return 1 }
        return max(1, ResultLines.lines(for: found.match, in: article, width: context.width).count)
    }

    /// Where a match's text goes in a row `rowWidth` wide: after the speaker's column in a turn;
    /// prose has no speaker, and its text takes the speaker's column too.
    static func contextColumns(for match: SearchMatch, in article: Article, rowWidth: Int) -> (x: Int, width: Int) {
        let speakerX = 3
        let hasSpeaker = match.speaker.map { article.speakers.indices.contains($0) } ?? false
        let x = hasSpeaker ? speakerX + speakerWidth(forScreenWidth: rowWidth) + 2 : speakerX
        return (x, rowWidth - 1 - x)
    }

    /// Draws a match in `rows` (one or two screen rows, the sentence continuing on the second).
    static func drawMatch(
        _ found: CorpusMatch, selected: Bool, state: AppState, rows: Rect,
        into buffer: inout ScreenBuffer, styles: Styles
    ) {
        let article = state.corpus.articles[found.article]
        let rowStyle = selected ? styles.listSelected : styles.screen
        if selected { buffer.fill(rows, style: rowStyle) }
        if let speaker = found.match.speaker, article.speakers.indices.contains(speaker) {
            var style = rowStyle
            if !selected, !styles.speakers.isEmpty {
                style = styles.speakers[styles.speakerSlot(forSpeakerAt: speaker, in: article) % styles.speakers.count]
            }
            buffer.writeTruncated(
                DisplaySafety.sanitized(article.speakers[speaker].name), x: rows.x + 3, y: rows.y,
                width: speakerWidth(forScreenWidth: rows.width), style: style, ellipsis: styles.glyphs.ellipsis)
        }
        let context = contextColumns(for: found.match, in: article, rowWidth: rows.width)
        guard context.width > 0 else { return }
        let matchStyle = selected ? styles.currentSearchMatch : styles.searchMatch
        let lines = ResultLines.lines(for: found.match, in: article, width: context.width)
        for (offset, line) in lines.prefix(rows.height).enumerated() {
            let y = rows.y + offset
            let (before, match, after) = split(line.text, columns: line.matchColumns)
            var x = buffer.write(before, x: rows.x + context.x, y: y, limit: rows.maxX, style: rowStyle)
            x = buffer.write(match, x: x, y: y, limit: rows.maxX, style: matchStyle)
            buffer.write(after, x: x, y: y, limit: rows.maxX, style: rowStyle)
        }
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
