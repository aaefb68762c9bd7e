import HearsayText
import HearsayTheme

/// Draws the highlights view over the panes: a heading row, then every highlight grouped by
/// article with its colour, speaker, text (cut at the pane's edge) and note.
enum HighlightsView {
    static func render(
        _ view: HighlightsViewState, state: AppState, in layout: ScreenLayout,
        into buffer: inout ScreenBuffer, styles: Styles
    ) {
        let area = Rect(
            x: 0, y: layout.titleBar.maxY, width: layout.size.width,
            height: layout.statusBar.y - layout.titleBar.maxY)
        buffer.fill(area, style: styles.screen)
        let listing = HighlightsListing(state, colorFilter: view.colorFilter)
        let which = view.colorFilter.map { "colour \($0)" } ?? "all colours"
        let count = listing.entries.count
        let heading = " Highlights · \(count) · \(which) · 1–5 colour, 0 all, Enter go to"
        buffer.fill(Rect(x: area.x, y: area.y, width: area.width, height: 1), style: styles.heading)
        buffer.writeTruncated(
            heading, x: area.x, y: area.y, width: area.width, style: styles.heading,
            ellipsis: styles.glyphs.ellipsis)
        guard count > 0 else {
            let empty =
                state.highlights.all.isEmpty
                ? " No highlights yet: in an article, ( ) move the cursor, m highlights."
                : " No highlights in \(which)."
            buffer.writeTruncated(
                empty, x: area.x, y: area.y + 2, width: area.width, style: styles.emptyMessage,
                ellipsis: styles.glyphs.ellipsis)
            return
        }
        let rowsArea = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1)
        for slot in 0..<rowsArea.height {
            let index = view.top + slot
            guard index < listing.rows.count else { break }
            draw(
                listing.rows[index], listing: listing, state: state, selected: view.selection, y: rowsArea.y + slot,
                width: rowsArea.width, into: &buffer, styles: styles)
        }
    }

    static func draw(
        _ row: HighlightsListing.Row, listing: HighlightsListing, state: AppState, selected: Int, y: Int, width: Int,
        into buffer: inout ScreenBuffer, styles: Styles
    ) {
        let ellipsis = styles.glyphs.ellipsis
        switch row {
        case .article(let title):
            buffer.writeTruncated(
                " " + DisplaySafety.sanitized(title), x: 0, y: y, width: width, style: styles.title,
                ellipsis: ellipsis)
        case .highlight(let entry):
            let item = listing.entries[entry]
            let rowStyle = entry == selected ? styles.listSelected : styles.body
            if entry == selected { buffer.fill(Rect(x: 0, y: y, width: width, height: 1), style: rowStyle) }
            var swatch = rowStyle
            if !styles.highlights.isEmpty {
                swatch.background = styles.highlights[min(max(item.highlight.color - 1, 0), styles.highlights.count - 1)]
            }
            swatch.attributes.formUnion(styles.highlightAttributes)
            if styles.highlightMarks.indices.contains(item.highlight.color - 1) {
                swatch.attributes.formUnion(styles.highlightMarks[item.highlight.color - 1])
            }
            var column = buffer.write(entry == selected ? " >" : "  ", x: 0, y: y, style: rowStyle)
            column = buffer.write(" \(item.highlight.color) ", x: column + 1, y: y, style: swatch)
            column += 1
            if item.range == nil {
                // Orphaned only when its article is loaded and the text is gone from it; an
                // article not loaded could not be looked in (the CLI's "unchecked").
                column = buffer.write(item.article == nil ? "[unchecked] " : "[orphaned] ", x: column, y: y, style: rowStyle)
            }
            if let speaker = item.speaker {
                var speakerStyle = rowStyle
                if entry != selected, !styles.speakers.isEmpty, let article = item.article, let index = item.speakerIndex {
                    let slot = styles.speakerSlot(forSpeakerAt: index, in: state.corpus.articles[article])
                    speakerStyle = styles.speakers[slot % styles.speakers.count]
                }
                column = buffer.writeTruncated(
                    DisplaySafety.sanitized(speaker) + ": ", x: column, y: y,
                    width: max(0, width - column), style: speakerStyle, ellipsis: ellipsis)
            }
            buffer.writeTruncated(
                oneLine(item.highlight.anchor.exact), x: column, y: y, width: max(0, width - column - 1),
                style: rowStyle, ellipsis: ellipsis)
        case .note(let entry):
            let note = listing.entries[entry].highlight.note ?? ""
            buffer.writeTruncated(
                "Note: " + oneLine(note), x: 8, y: y, width: max(0, width - 9), style: styles.metadata,
                ellipsis: ellipsis)
        }
    }

    /// The text on one row: line breaks and tabs as spaces, controls made visible.
    static func oneLine(_ text: String) -> String {
        DisplaySafety.sanitized(text.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\t", with: " "))
    }
}
