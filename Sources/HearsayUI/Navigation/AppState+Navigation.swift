import HearsayModel

extension AppState {
    /// The place on screen now, as `q` would bring it back.
    var currentPlace: Place {
        Place(
            focus: focus, overlay: overlay == .searchPrompt ? nil : overlay, pane: articlePane,
            results: overlay == .searchResults ? search.results : nil,
            listSelection: list.selectedArticle, listTop: list.top)
    }

    /// Goes to `destination`: the only way what is on screen changes. Records the place left on
    /// the back trail (unless `step` is `.replace`), and returns the effects of changing the
    /// article being read: the reading position left is saved, the article arrived at is marked
    /// read and, opened at its top, its saved position is asked for.
    @discardableResult
    mutating func go(to destination: Destination, step: TrailStep = .push) -> [Effect] {
        let readingBefore = openArticle
        let leavingPlace = currentReadingPlace
        let left = step == .push ? currentPlace : nil
        switch destination {
        case .list:
            show(.list, overlay: nil, leaving: left)
        case .reader(let article, let placement):
            if reader.article != article { reader.open(article: article) }
            if case .top(let position) = placement { reader.show(position: position) }
            if case .thirdDown(let position) = placement { reader.show(position: position) }
            list.select(article: article)
            show(.reader, overlay: nil, leaving: left)
            switch placement {
            case .asLeft, .top: break
            case .inView(let range):
                reveal(range, placement: .thirdDown)
            case .thirdDown(let position):
                if let layout = reader.layout {
                    let line = layout.lineIndex(containing: position)
                    reader.scroll(toLine: max(0, line - screenLayout.readerHeight / 3), height: screenLayout.readerHeight)
                }
            }
        case .dialogue(let article, let placement):
            let text = corpus.articles[article]
            switch placement {
            case .asLeft:
                if dialogue.article != article {
                    dialogue = DialogueState(article: article)
                    dialogue.shownSpeakers = savedSpeakerFilter(of: article)
                }
                if dialogue.cursor == nil {
                    let navigation = dialogue.navigation(over: text)
                    // A prose article's quotes need not start a line: the first quote from the reader's top.
                    let readerTurn =
                        reader.article != article
                        ? nil
                        : navigation.isQuotes
                            ? navigation.firstUtterance(atOrAfter: reader.viewStart(in: text)) : reader.firstTurn(atOrAfterTop: text)
                    dialogue.cursor = navigation.nearestShownTurn(to: readerTurn)
                }
            case .turn(let turn, let speakers), .quote(let turn, let speakers):
                dialogue = DialogueState(article: article)
                if case .quote = placement { dialogue.quotesInstead = true }
                dialogue.shownSpeakers = speakers
                dialogue.cursor = turn
                // The reader follows, so `Enter` on a turn and back land in this article.
                reader.open(article: article)
            }
            list.select(article: article)
            show(.dialogue, overlay: nil, leaving: left)
        case .help:
            show(focus, overlay: .help(HelpState(top: helpTopForCurrentView)), leaving: left)
        case .highlights:
            highlights.noteEditor = nil
            show(focus, overlay: .highlights(HighlightsViewState()), leaving: left)
        case .speakerFilter:
            guard let navigation = dialogueNavigation, focus == .dialogue else { return [] }
            let speakers = navigation.speakerNames
            guard !speakers.isEmpty else { return [] }
            let cursorSpeaker = dialogue.cursor.map(navigation.speaker(of:)) ?? 0
            show(
                focus,
                overlay: .speakerFilter(
                    SpeakerFilterState(
                        cursor: cursorSpeaker,
                        checked: dialogue.shownSpeakers ?? Set(speakers.indices))),
                leaving: left)
        case .speakers:
            show(focus, overlay: .speakers(SpeakersViewState(shown: people(matching: ""))), leaving: left)
        case .stream(let person):
            guard let entry = utteranceIndex.entry(forID: person) else { return [] }
            stream = StreamState(entry: entry, corpus: corpus)
            show(.stream, overlay: nil, leaving: left)
        case .searchResults:
            // A new search from the results replaces them: back goes to where the first one began.
            show(focus, overlay: .searchResults, leaving: left?.overlay == .searchResults ? nil : left)
        }
        return articleChangeEffects(from: readingBefore, leaving: leavingPlace)
    }

    /// Back (`q`): the previous place exactly as it was; the list when there is none. `false` at
    /// the root, where back has nowhere to go.
    mutating func goBack() -> (moved: Bool, effects: [Effect]) {
        let readingBefore = openArticle
        let leavingPlace = currentReadingPlace
        guard let place = navigator.takePrevious() else {
            if focus == .list, overlay == nil { return (false, []) }
            return (true, go(to: .list))
        }
        if let results = place.results, search.results?.typed != results.typed { search.results = results }
        // Results closed since (and not kept with the place) cannot come back: the view under them does.
        let overlay = place.overlay == .searchResults && search.results == nil ? nil : place.overlay
        navigator.arrive(at: place.focus, overlay: overlay, leaving: nil)
        if let pane = place.pane { articlePane = pane }
        if let selected = place.listSelection { list.select(article: selected) }
        list.top = place.listTop
        // Back in the list after stepping to other articles (Ctrl-n, `]`): the one last read is selected.
        if place.focus == .list, overlay == nil, let readingBefore { list.select(article: readingBefore) }
        relayout()
        return (true, articleChangeEffects(from: readingBefore, leaving: leavingPlace))
    }

    /// Shows `focus` with `overlay` and lays out what is now on screen.
    private mutating func show(_ focus: Pane, overlay: Overlay?, leaving left: Place?) {
        navigator.arrive(at: focus, overlay: overlay, leaving: left)
        if left != nil { navigator.foldRepeat(arriving: currentPlace.step) }
        relayout()
    }

    /// The reading-state effects of the article being read changing from `before`: the place
    /// left is saved, the article arrived at is marked read and, at its top in the reader, its
    /// saved reading position is asked for.
    mutating func articleChangeEffects(from before: Int?, leaving leavingPlace: (article: Int, position: TextPosition)?) -> [Effect] {
        let after = openArticle
        guard before != after else { return [] }
        var effects: [Effect] = []
        if let position = leavingPlace.flatMap(readingPosition) { effects.append(.saveReadingPosition(position)) }
        guard let after else { return effects }
        let id = corpus.articles[after].id
        if !persistence.readArticleIDs.contains(id) {
            persistence.readArticleIDs.insert(id)
            effects.append(.setRead(true, articleID: id))
        }
        if let pane = articlePane, pane.kind == .reader, reader.anchor == nil, reader.topLine == 0 {
            effects.append(.loadReadingPosition(articleID: id))
        }
        return effects
    }
}
