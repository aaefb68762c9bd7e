import HearsayText
import HearsayTheme

/// Draws the speakers view over the panes: a heading, column names, then one row per person
/// (in their colour) with their turns, quotes and articles; the filter being typed on the bottom row.
enum SpeakersView {
    static func render(
        _ view: SpeakersViewState, state: AppState, in layout: ScreenLayout, into buffer: inout ScreenBuffer, styles: Styles
    ) {
        let area = Rect(x: 0, y: layout.titleBar.maxY, width: layout.size.width, height: layout.statusBar.y - layout.titleBar.maxY)
        buffer.fill(area, style: styles.screen)
        let entries = state.utteranceIndex.entries
        let count = view.filter.isEmpty ? "\(entries.count)" : "\(view.shown.count)/\(entries.count)"
        let filter = view.filter.isEmpty ? "/ filter" : "filter: \(DisplaySafety.sanitized(view.filter))"
        let heading = " Speakers · \(count) · \(filter) · Enter their stream"
        buffer.fill(Rect(x: area.x, y: area.y, width: area.width, height: 1), style: styles.heading)
        buffer.writeTruncated(heading, x: area.x, y: area.y, width: area.width, style: styles.heading, ellipsis: styles.glyphs.ellipsis)
        if let editor = view.editor {
            PromptLineView.render(editor, prompt: "Filter speakers: ", in: layout.statusBar, into: &buffer, style: styles.screen)
        }
        guard !view.shown.isEmpty else {
            let empty =
                entries.isEmpty
                ? " No one speaks or is quoted in this coverage." : " No one matches “\(DisplaySafety.sanitized(view.filter))”."
            buffer.writeTruncated(
                empty, x: area.x, y: area.y + 2, width: area.width, style: styles.emptyMessage, ellipsis: styles.glyphs.ellipsis)
            return
        }
        let counts = " TURNS QUOTES ARTICLES "
        let nameWidth = max(4, area.width - 3 - DisplayWidth.of(counts))
        buffer.write(
            String(repeating: " ", count: 3 + nameWidth) + counts, x: area.x, y: area.y + 1, limit: area.maxX, style: styles.metadata)
        buffer.write("NAME", x: area.x + 3, y: area.y + 1, style: styles.metadata)
        for slot in 0..<max(0, area.height - 2) {
            let index = view.top + slot
            guard view.shown.indices.contains(index) else { break }
            let entry = entries[view.shown[index]]
            let y = area.y + 2 + slot
            let selected = index == view.selection
            let rowStyle = selected ? styles.listSelected : styles.body
            if selected { buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: rowStyle) }
            buffer.write(selected ? " >" : "  ", x: area.x, y: y, style: rowStyle)
            var nameStyle = rowStyle
            if !selected, !styles.speakers.isEmpty {
                nameStyle = styles.speakers[styles.speakerSlot(forSpeakerID: entry.id) % styles.speakers.count]
            }
            buffer.writeTruncated(
                DisplaySafety.sanitized(entry.name), x: area.x + 3, y: y, width: nameWidth - 1, style: nameStyle,
                ellipsis: styles.glyphs.ellipsis)
            let numbers = " " + pad(entry.turnCount, 5) + " " + pad(entry.quoteCount, 6) + " " + pad(entry.articleIndices.count, 8) + " "
            buffer.write(numbers, x: area.x + 3 + nameWidth, y: y, limit: area.maxX, style: rowStyle)
        }
    }

    /// `n` right-aligned in `width` columns.
    static func pad(_ number: Int, _ width: Int) -> String {
        let text = String(number)
        return String(repeating: " ", count: max(0, width - text.count)) + text
    }
}
