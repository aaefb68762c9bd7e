import HearsayModel

extension AppState {
    mutating func perform(_ action: HighlightAction) -> [Effect] {
        switch action {
        case .nextSentence: moveCursor(forward: true)
        case .previousSentence: moveCursor(forward: false)
        case .nextParagraph: moveCursorByParagraph(forward: true)
        case .previousParagraph: moveCursorByParagraph(forward: false)
        case .toggleSelection: toggleSelection()
        case .mark: return recordingHighlightChange { $0.mark(color: nil) }
        case .markInColor(let color): return recordingHighlightChange { $0.mark(color: color) }
        case .editNote: openNoteEditor()
        case .remove: return recordingHighlightChange { $0.removeHighlightUnderCursor() }
        case .undo: return undoHighlightChange()
        case .redo: return redoHighlightChange()
        case .leaveCursor: leaveReadingCursor()
        case .openHighlightsView: return go(to: .highlights)
        case .toggleRead: return toggleRead()
        }
        return []
    }

    /// Sentence navigation over the view on screen, with the article it shows.
    var sentenceNavigation: (article: Int, navigation: SentenceNavigation)? {
        guard let pane = articlePane, let article = pane.article else { return nil }
        let text = corpus.articles[article]
        return (article, SentenceNavigation(article: text, shownText: pane.shownText(in: text)))
    }

    /// Moves the cursor by a sentence; when it is off, puts it on the first sentence on screen.
    mutating func moveCursor(forward: Bool) {
        guard let (article, navigation) = sentenceNavigation else { return }
        // A cursor the user scrolled (or moved the turn cursor) away from starts again on screen,
        // unless a selection is being extended.
        if var cursor = activeCursor, cursor.isSelecting || isOnScreen(cursor) {
            guard let spot = forward ? navigation.next(after: cursor.head) : navigation.previous(before: cursor.head) else {
                message = forward ? "last sentence" : "first sentence"
                return
            }
            cursor.head = spot
            highlights.cursor = cursor
        } else {
            guard let start = startingCursor(article: article, navigation: navigation) else {
                message = "no text to put the reading cursor on"
                return
            }
            highlights.cursor = start
            message = Self.cursorHint
        }
        scrollCursorIntoView()
    }

    /// The first sentence at or below the top of the view (in the dialogue view: of the turn
    /// under the dialogue cursor).
    func firstSentenceOnScreen(_ navigation: SentenceNavigation) -> SentenceSpot? {
        guard let start = articlePane?.firstShownText(in: navigation.article) else { return nil }
        return navigation.sentence(atOrAfter: start)
    }

    /// Whether the cursor's sentence is in view: on a line on screen in the reader, in the turn
    /// under the turn cursor in the dialogue view.
    func isOnScreen(_ cursor: ReadingCursor) -> Bool {
        guard let pane = articlePane, pane.kind == cursor.pane else { return false }
        return pane.shows(cursor.head.start, in: corpus.articles[cursor.article], height: screenLayout.readerHeight)
    }

    /// Scrolls the view so the cursor's sentence shows; in the dialogue view the turn cursor
    /// follows it.
    mutating func scrollCursorIntoView() {
        guard let cursor = activeCursor else { return }
        reveal(cursor.head.start..<cursor.head.end, placement: .nearest)
    }

    /// Shown when the reading cursor appears: the keys that work on it.
    static let cursorHint = "( ) move  v select  m mark  a note  x remove  Esc done"

    mutating func toggleSelection() {
        moveCursorOntoScreenIfOff()
        guard var cursor = activeCursor else { return }
        cursor.selectionStart = cursor.isSelecting ? nil : cursor.head
        highlights.cursor = cursor
        if cursor.isSelecting { message = "selecting: ( ) extend, m or 1–5 highlight, Esc cancel" }
    }

    /// Puts the cursor on the first sentence on screen when it is off or was left off screen
    /// (not while selecting).
    /// `}` / `{` while the reading cursor is on: by paragraph (the keys jump between sections
    /// otherwise).
    mutating func moveCursorByParagraph(forward: Bool) {
        guard let (article, navigation) = sentenceNavigation, var cursor = activeCursor else { return }
        // As with ( and ): a cursor scrolled away from starts again on screen.
        if !cursor.isSelecting, !isOnScreen(cursor), let start = startingCursor(article: article, navigation: navigation) {
            cursor = start
        }
        guard let spot = navigation.paragraph(from: cursor.head, forward: forward, extending: cursor.isSelecting) else {
            message = forward ? "last paragraph" : "first paragraph"
            return
        }
        cursor.head = spot
        highlights.cursor = cursor
        scrollCursorIntoView()
    }

    mutating func moveCursorOntoScreenIfOff() {
        if let cursor = activeCursor, cursor.isSelecting || isOnScreen(cursor) { return }
        guard let (article, navigation) = sentenceNavigation,
            let start = startingCursor(article: article, navigation: navigation)
        else { return }
        highlights.cursor = start
    }
}
