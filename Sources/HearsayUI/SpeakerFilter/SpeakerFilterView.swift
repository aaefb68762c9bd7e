import HearsayText

/// Draws the speaker filter: a box listing the article's speakers, numbered as the `1`–`9`
/// keys reach them, with their turn counts and a check box each.
enum SpeakerFilterView {
    /// The box: a row per speaker (as many as fit) between its borders, at most 50 columns,
    /// centred on the dialogue `pane`, so that the list and the separator beside it stay whole.
    static func box(speakerCount: Int, in pane: Rect) -> Rect {
        let width = min(50, pane.width - 4)
        let height = min(speakerCount + 2, pane.height)
        return Rect(
            x: pane.x + (pane.width - width) / 2, y: pane.y + max(0, (pane.height - height) / 2),
            width: width, height: height)
    }

    static func render(_ filter: SpeakerFilterState, state: AppState, into buffer: inout ScreenBuffer, styles: Styles) {
        guard let articleIndex = state.dialogue.article else { return }
        let article = state.corpus.articles[articleIndex]
        // The article's speakers with their turns, or in prose the people quoted with their quotes.
        let navigation = state.dialogue.navigation(over: article, filtered: false)
        let names = navigation.speakerNames
        var counts = Array(repeating: 0, count: names.count)
        for utterance in navigation.utterances.indices { counts[navigation.speaker(of: utterance)] += 1 }
        let unit = navigation.isQuotes ? "quote" : "turn"
        let pane = state.screenLayout.reader ?? OverlayBox.area(in: buffer.size)
        let box = box(speakerCount: names.count, in: pane)
        guard box.height >= 3 else { return }
        OverlayBox.draw(box, title: " Speakers ", within: pane, into: &buffer, styles: styles)
        let inner = box.inset(top: 1, bottom: 1, left: 1, right: 1)
        let top = max(0, filter.cursor - inner.height + 1)
        for row in 0..<inner.height {
            let index = top + row
            guard index < names.count else { break }
            let y = inner.y + row
            let selected = index == filter.cursor
            let style = selected ? styles.filterSelected : styles.helpBox
            if selected {
                buffer.fill(inner.row(row), style: style)
                // The cursor shows without colour too (NO_COLOR, monochrome).
                buffer.write(styles.glyphs.turnCursor, x: inner.x + 1, y: y, style: style)
            }
            let number = index < 9 ? "\(index + 1)" : " "
            let mark = filter.checked.contains(index) ? styles.glyphs.checked : styles.glyphs.unchecked
            var x = buffer.write("\(number) \(mark) ", x: inner.x + 3, y: y, style: style)
            let count = " \(counts[index]) \(unit)\(counts[index] == 1 ? "" : "s")"
            let countWidth = DisplayWidth.of(count)
            let slot =
                navigation.isQuotes
                ? styles.speakerSlot(forSpeakerID: navigation.speakerIDs[index]) : styles.speakerSlot(forSpeakerAt: index, in: article)
            var nameStyle = styles.speakers.isEmpty ? style : styles.speakers[slot % styles.speakers.count]
            // A chip on the box's background, not the terminal's.
            nameStyle.background = styles.helpBox.background
            if selected { nameStyle.attributes.insert(.reverse) }
            x = buffer.writeTruncated(
                DisplaySafety.sanitized(names[index]), x: x, y: y,
                width: inner.maxX - 1 - x - countWidth, style: nameStyle, ellipsis: styles.glyphs.ellipsis)
            buffer.write(count, x: inner.maxX - 1 - countWidth, y: y, style: style)
        }
    }
}
