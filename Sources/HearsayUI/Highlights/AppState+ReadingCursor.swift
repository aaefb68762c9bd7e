import HearsayModel

extension AppState {
    mutating func perform(_ action: HighlightAction) -> [Effect] {
        switch action {
        case .nextSentence: moveCursor(forward: true)
        case .previousSentence: moveCursor(forward: false)
        case .nextParagraph: moveCursorByParagraph(forward: true)
        case .previousParagraph: moveCursorByParagraph(forward: false)
        case .toggleSelection: toggleSelection()
        case .mark: return mark(colour: nil)
        case .markInColour(let colour): return mark(colour: colour)
        case .editNote: openNoteEditor()
        case .remove: return removeHighlightUnderCursor()
        case .undoRemove: return undoRemoval()
        case .leaveCursor: highlights.cursor = nil
        case .openHighlightsView: openHighlightsView()
        case .toggleRead: return toggleRead()
        }
        return []
    }

    /// Sentence navigation over the view on screen, with the article it shows.
    var sentenceNavigation: (article: Int, navigation: SentenceNavigation)? {
        switch focus {
        case .reader:
            guard let article = reader.article else { return nil }
            return (article, SentenceNavigation(article: corpus.articles[article], pane: .reader, shownSpeakers: nil))
        case .dialogue:
            guard let article = dialogue.article else { return nil }
            return (article, SentenceNavigation(article: corpus.articles[article], pane: .dialogue,
                                                shownSpeakers: dialogue.shownSpeakers))
        case .list:
            return nil
        }
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
            guard let spot = firstSentenceOnScreen(navigation) else {
                message = "no text to put the reading cursor on"
                return
            }
            highlights.cursor = ReadingCursor(pane: focus, article: article, head: spot)
            message = Self.cursorHint
        }
        scrollCursorIntoView()
    }

    /// The first sentence at or below the top of the view (in the dialogue view: of the turn
    /// under the dialogue cursor).
    func firstSentenceOnScreen(_ navigation: SentenceNavigation) -> SentenceSpot? {
        if focus == .dialogue {
            guard let turn = dialogue.cursor, navigation.article.turns.indices.contains(turn) else { return nil }
            return navigation.sentence(atOrAfter: TextPosition(block: navigation.article.turns[turn].blocks.lowerBound, offset: 0))
        }
        guard let layout = reader.layout else { return nil }
        let top = layout.position(nearLine: reader.topLine) ?? TextPosition(block: 0, offset: 0)
        return navigation.sentence(atOrAfter: top)
    }

    /// Whether the cursor's sentence is in view: on a line on screen in the reader, in the turn
    /// under the turn cursor in the dialogue view.
    func isOnScreen(_ cursor: ReadingCursor) -> Bool {
        if cursor.pane == .dialogue {
            let turns = corpus.articles[cursor.article].turns
            return dialogue.cursor.map { turns.indices.contains($0) && turns[$0].blocks.contains(cursor.head.block) } ?? false
        }
        guard let layout = reader.layout else { return false }
        let line = layout.lineIndex(containing: cursor.head.start)
        return line >= reader.topLine && line < reader.topLine + screenLayout.readerHeight
    }

    /// Scrolls the view so the cursor's sentence shows; in the dialogue view the turn cursor
    /// follows it.
    mutating func scrollCursorIntoView() {
        guard let cursor = activeCursor else { return }
        let height = screenLayout.readerHeight
        let spot = cursor.head
        let lastOffset = max(spot.range.lowerBound, spot.range.upperBound - 1)
        if focus == .dialogue {
            guard let layout = dialogue.layout else { return }
            let article = corpus.articles[cursor.article]
            if let turn = article.turns.firstIndex(where: { $0.blocks.contains(spot.block) }) { dialogue.cursor = turn }
            let first = layout.lineIndex(containing: spot.start)
            let last = layout.lineIndex(containing: TextPosition(block: spot.block, offset: lastOffset))
            if first < dialogue.topLine {
                dialogue.topLine = first
            } else if last >= dialogue.topLine + height {
                dialogue.topLine = max(0, min(first, last - height + 1))
            }
        } else {
            guard let layout = reader.layout else { return }
            let first = layout.lineIndex(containing: spot.start)
            let last = layout.lineIndex(containing: TextPosition(block: spot.block, offset: lastOffset))
            if first < reader.topLine {
                reader.scroll(toLine: first, height: height)
            } else if last >= reader.topLine + height {
                reader.scroll(toLine: min(first, last - height + 1), height: height)
            }
        }
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
        if !cursor.isSelecting, !isOnScreen(cursor), let spot = firstSentenceOnScreen(navigation) {
            cursor = ReadingCursor(pane: focus, article: article, head: spot)
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
              let spot = firstSentenceOnScreen(navigation) else { return }
        highlights.cursor = ReadingCursor(pane: focus, article: article, head: spot)
    }
}
