import HearsayText

/// The bottom row: where you are (article, view, position) and the keys that matter here.
enum StatusBarView {
    /// The left part: article number, view, position, and what the dialogue filter shows.
    static func location(for state: AppState) -> String {
        view(state) + (state.corpusState.loadingText.map { " · " + $0 } ?? "")
    }

    /// Where the user is, before the loading progress.
    private static func view(_ state: AppState) -> String {
        if let results = SearchStatusText.resultsLocation(for: state) { return results }
        let count = state.list.order.count
        let number = { (article: Int?) -> String in
            if let article, state.corpusState.removed.contains(article) { return "deleted" }
            guard let article, let position = state.list.order.firstIndex(of: article) else { return "" }
            return "\(position + 1)/\(count)"
        }
        switch state.focus {
        case .list:
            let selected = count == 0 ? "0/0" : "\(state.list.selection + 1)/\(count)"
            return " List · \(selected) · by \(state.list.sort.rawValue)"
        case .reader:
            return " Reader · \(number(state.reader.article)) · \(readerPercent(state))%"
        case .dialogue:
            return " Dialogue · \(number(state.dialogue.article)) · \(dialoguePosition(state))"
        case .stream:
            return StreamView.location(state.stream)
        }
    }

    static func readerPercent(_ state: AppState) -> Int {
        state.reader.percent(height: state.screenLayout.readerHeight)
    }

    static func dialoguePosition(_ state: AppState) -> String {
        guard let navigation = state.dialogueNavigation else { return "" }
        let shown = navigation.shownTurns
        let unit = navigation.isQuotes ? "quote" : "turn"
        let place =
            state.dialogue.cursor.flatMap { shown.firstIndex(of: $0) }.map { "\(unit) \($0 + 1)/\(shown.count)" }
            ?? "no \(unit)s"
        let speakers = navigation.speakerNames
        guard let filter = state.dialogue.shownSpeakers else {
            return speakers.count == 1 ? "\(place) · 1 speaker" : "\(place) · all \(speakers.count) speakers"
        }
        let names = filter.sorted().map { DisplaySafety.sanitized(speakers[$0]) }
        return "\(place) · only \(names.joined(separator: ", "))"
    }

    /// Key hints for the focused view, most important first, with the keys the keymap binds.
    static func hints(for state: AppState) -> [String] {
        let wanted: [(Action, InputMode, String)]
        let help = (Action.app(.showHelp), InputMode.views, "help")
        switch (state.overlay, state.focus) {
        case (.help?, _): wanted = [(.help(.close), .help, "close")]
        case (.speakerFilter?, _):
            wanted = [
                (.speakerFilter(.apply), .speakerFilter, "apply"), (.speakerFilter(.cancel), .speakerFilter, "cancel"),
                (.speakerFilter(.toggle), .speakerFilter, "toggle"),
                (.speakerFilter(.only), .speakerFilter, "only"), (.speakerFilter(.all), .speakerFilter, "all"),
            ]
        case (.highlights?, _):
            wanted = [
                (.highlightsView(.close), .highlightsView, "back"), (.highlightsView(.jump), .highlightsView, "go to"),
                (.highlightsView(.filter(1)), .highlightsView, "colour"), (.highlightsView(.filter(nil)), .highlightsView, "all"),
            ]
        case (.speakers?, _):
            wanted = [
                (.speakersView(.close), .speakersView, "back"), (.speakersView(.openStream), .speakersView, "stream"),
                (.speakersView(.typeFilter), .speakersView, "filter"),
            ]
        case (.searchPrompt?, _): wanted = []
        case (.searchResults?, _):
            wanted = [
                (.search(.openResult), .searchResults, "open"), (.search(.closeResults), .searchResults, "back"),
                (.search(.beginCoverage), .searchResults, "new search"),
            ]
        case (nil, .list):
            wanted = [help, (.app(.back), .views, "quit"), (.list(.open), .list, "open"), (.list(.cycleSort), .list, "sort")]
        case (nil, .reader):
            // `d` only where the article has a dialogue view.
            let hasDialogue = state.reader.article.map { AppState.hasDialogue(state.corpus.articles[$0]) } ?? false
            wanted =
                [help, (.app(.back), .views, "back")] + (hasDialogue ? [(.reader(.openDialogue), .reader, "dialogue")] : [])
                + [(.reader(.nextSection), .reader, "section")]
        case (nil, .stream):
            wanted = [
                help, (.app(.back), .views, "back"), (.stream(.openInArticle), .stream, "in its article"),
                (.stream(.nextArticle), .stream, "next article"),
            ]
        case (nil, .dialogue):
            wanted = [
                help, (.app(.back), .views, "back"), (.dialogue(.openSpeakerFilter), .dialogue, "speakers"),
                (.dialogue(.nextBySameSpeaker), .dialogue, "same speaker"),
            ]
        }
        return wanted.compactMap { action, mode, label in
            state.keymap.firstKey(for: action, in: mode).map { "\($0.displayName) \(label)" }
        }
    }

    /// As many hints as fit in `width` columns, in order of importance, shown left to right.
    static func fittingHints(_ hints: [String], width: Int) -> String {
        var shown = hints
        while !shown.isEmpty {
            let text = shown.joined(separator: "  ") + " "
            if DisplayWidth.of(text) <= width { return text }
            shown.removeLast()
        }
        return ""
    }

    static func render(_ state: AppState, in rect: Rect, into buffer: inout ScreenBuffer, styles: Styles) {
        buffer.fill(rect, style: styles.statusBar)
        // A selection being made says so, as vim's `-- VISUAL --` does: it looks like the cursor.
        let mode = state.activeCursor?.isSelecting == true ? " -- SELECT --" : ""
        let left = mode + location(for: state) + SearchStatusText.suffix(for: state)
        let room = rect.width - DisplayWidth.of(left) - 1
        // A message, else the note of the highlight under the reading cursor, else key hints.
        let notice =
            state.message.map { DisplaySafety.sanitized($0) + " " }
            ?? state.noteUnderCursor.map { styles.glyphs.noteMarker + " " + HighlightsView.oneLine($0) + " " }
        let right = notice ?? fittingHints(hints(for: state), width: room)
        let rightWidth = DisplayWidth.of(right)
        let leftEnd = buffer.writeTruncated(
            left, x: rect.x, y: rect.y, width: rect.width, style: styles.statusBar,
            ellipsis: styles.glyphs.ellipsis)
        if leftEnd + 1 + rightWidth <= rect.maxX {
            buffer.write(right, x: rect.maxX - rightWidth, y: rect.y, style: notice == nil ? styles.statusKey : styles.statusBar)
        } else if notice != nil, rect.maxX - leftEnd - 3 > 0 {
            // A message says something went wrong or happened: cut it rather than drop it.
            buffer.writeTruncated(
                right, x: leftEnd + 2, y: rect.y, width: rect.maxX - leftEnd - 3, style: styles.statusBar,
                ellipsis: styles.glyphs.ellipsis)
        }
    }
}
