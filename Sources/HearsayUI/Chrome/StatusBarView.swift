/// The bottom row: where you are (article, view, position) and the keys that matter here.
enum StatusBarView {
    /// The left part: article number, view, position, and what the dialogue filter shows.
    static func location(for state: AppState) -> String {
        let count = state.list.order.count
        let number = { (article: Int?) -> String in
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
        }
    }

    static func readerPercent(_ state: AppState) -> Int {
        let lines = state.reader.lineCount
        guard lines > 0 else { return 100 }
        let bottom = min(lines, state.reader.topLine + state.screenLayout.readerHeight)
        return bottom * 100 / lines
    }

    static func dialoguePosition(_ state: AppState) -> String {
        guard let navigation = state.dialogueNavigation else { return "" }
        let shown = navigation.shownTurns
        let place = state.dialogue.cursor.flatMap { shown.firstIndex(of: $0) }.map { "turn \($0 + 1)/\(shown.count)" }
            ?? "no turns"
        let speakers = navigation.article.speakers
        guard let filter = state.dialogue.shownSpeakers else {
            return "\(place) · all \(speakers.count) speakers"
        }
        let names = filter.sorted().map { DisplayText.safe(speakers[$0].name) }
        return "\(place) · only \(names.joined(separator: ", "))"
    }

    /// Key hints for the focused view, with the keys the keymap actually binds.
    static func hints(for state: AppState) -> String {
        let wanted: [(Action, InputMode, String)]
        switch (state.overlay, state.focus) {
        case (.help?, _): wanted = [(.help(.close), .help, "close")]
        case (.speakerFilter?, _):
            wanted = [(.speakerFilter(.toggle), .speakerFilter, "toggle"), (.speakerFilter(.only), .speakerFilter, "only"),
                      (.speakerFilter(.all), .speakerFilter, "all"), (.speakerFilter(.apply), .speakerFilter, "done")]
        case (nil, .list):
            wanted = [(.list(.open), .list, "open"), (.list(.cycleSort), .list, "sort"), (.app(.showHelp), .views, "help"),
                      (.app(.back), .views, "quit")]
        case (nil, .reader):
            wanted = [(.reader(.openDialogue), .reader, "dialogue"), (.reader(.nextSection), .reader, "section"),
                      (.app(.showHelp), .views, "help"), (.app(.back), .views, "back")]
        case (nil, .dialogue):
            wanted = [(.dialogue(.openSpeakerFilter), .dialogue, "speakers"), (.dialogue(.nextBySameSpeaker), .dialogue, "same"),
                      (.app(.showHelp), .views, "help"), (.app(.back), .views, "back")]
        }
        return wanted.compactMap { action, mode, label in
            state.keymap.firstKey(for: action, in: mode).map { "\($0.displayName) \(label)" }
        }.joined(separator: "  ") + " "
    }

    static func render(_ state: AppState, in rect: Rect, into buffer: inout ScreenBuffer, styles: Styles) {
        buffer.fill(rect, style: styles.statusBar)
        let right = state.message.map { DisplayText.safe($0) + " " } ?? hints(for: state)
        let rightWidth = ScreenBuffer.displayWidth(of: right)
        let left = location(for: state)
        let leftEnd = buffer.writeTruncated(left, x: rect.x, y: rect.y, width: rect.width, style: styles.statusBar,
                                            ellipsis: styles.glyphs.ellipsis)
        if leftEnd + 1 + rightWidth <= rect.maxX {
            buffer.write(right, x: rect.maxX - rightWidth, y: rect.y, style: state.message == nil ? styles.statusKey : styles.statusBar)
        }
    }
}
