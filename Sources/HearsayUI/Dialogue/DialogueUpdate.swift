import HearsayModel

extension AppState {
    /// Navigation over the dialogue view's article with its filter, or `nil` without one.
    var dialogueNavigation: DialogueNavigation? {
        guard let article = dialogue.article else { return nil }
        return DialogueNavigation(article: corpus.articles[article], shownSpeakers: dialogue.shownSpeakers)
    }

    /// Switches to the dialogue view of the reader's article (`d` in the reader).
    mutating func openDialogue() {
        guard let articleIndex = reader.article else { return }
        let article = corpus.articles[articleIndex]
        guard !article.turns.isEmpty else {
            message = "this article has no dialogue"
            return
        }
        if dialogue.article != articleIndex {
            dialogue = DialogueState(article: articleIndex)
        }
        if dialogue.cursor == nil {
            dialogue.cursor = DialogueNavigation(article: article, shownSpeakers: dialogue.shownSpeakers)
                .nearestShownTurn(to: reader.firstTurn(atOrAfterTop: article))
        }
        focus = .dialogue
        relayout()
    }

    mutating func perform(_ action: DialogueAction) -> [Effect] {
        guard let navigation = dialogueNavigation, let articleIndex = dialogue.article else { return [] }
        let article = corpus.articles[articleIndex]
        guard let cursor = dialogue.cursor ?? navigation.shownTurns.first else {
            if action == .openSpeakerFilter { openSpeakerFilter() }
            return []
        }
        var target: Int?
        var notFound = ""
        switch action {
        case .nextTurn:
            target = navigation.next(after: cursor); notFound = "last turn"
        case .previousTurn:
            target = navigation.previous(before: cursor); notFound = "first turn"
        case .firstTurn:
            target = navigation.shownTurns.first
        case .lastTurn:
            target = navigation.shownTurns.last
        case .pageDown:
            target = dialogue.turnAfterPage(from: cursor, forward: true, navigation: navigation, height: screenLayout.readerHeight)
        case .pageUp:
            target = dialogue.turnAfterPage(from: cursor, forward: false, navigation: navigation, height: screenLayout.readerHeight)
        case .nextBySameSpeaker:
            target = navigation.nextBySameSpeaker(after: cursor)
            notFound = "no later turn by \(article.speakers[navigation.speaker(of: cursor)].name)"
        case .previousBySameSpeaker:
            target = navigation.previousBySameSpeaker(before: cursor)
            notFound = "no earlier turn by \(article.speakers[navigation.speaker(of: cursor)].name)"
        case .nextBySpeakerNumber(let number):
            guard article.speakers.indices.contains(number - 1) else {
                message = "this article has \(article.speakers.count) speakers"
                return []
            }
            target = navigation.nextTurn(ofSpeaker: number - 1, after: cursor)
            guard let turn = target else { break }
            let name = article.speakers[number - 1].name
            var notes: [String] = []
            if !navigation.isShown(turn) {
                dialogue.shownSpeakers?.insert(number - 1)
                notes.append("now showing \(name) too")
            }
            // Like J and search, say so rather than wrap silently.
            if turn == cursor { notes.append("no other turn by \(name)") }
            else if turn < cursor { notes.append("wrapped to the first turn by \(name)") }
            if !notes.isEmpty { message = notes.joined(separator: "; ") }
        case .nextSpeakerChange:
            target = navigation.nextSpeakerChange(after: cursor); notFound = "no later change of speaker"
        case .previousSpeakerChange:
            target = navigation.previousSpeakerChange(before: cursor); notFound = "no earlier change of speaker"
        case .nextArticleWithSpeaker, .previousArticleWithSpeaker:
            jumpToArticle(withSpeakerOf: cursor, forward: action == .nextArticleWithSpeaker)
            return []
        case .openInReader:
            reader.show(turn: cursor, in: article)
            focus = .reader
            relayout()
            return []
        case .openSpeakerFilter:
            openSpeakerFilter()
            return []
        }
        if let target {
            dialogue.cursor = target
        } else if !notFound.isEmpty {
            message = notFound
        }
        relayout()
        return []
    }

    mutating func openSpeakerFilter() {
        guard let articleIndex = dialogue.article else { return }
        let speakers = corpus.articles[articleIndex].speakers
        guard !speakers.isEmpty else { return }
        let cursorSpeaker = dialogue.cursor.map { corpus.articles[articleIndex].turns[$0].speaker } ?? 0
        overlay = .speakerFilter(SpeakerFilterState(
            cursor: cursorSpeaker, checked: dialogue.shownSpeakers ?? Set(speakers.indices)))
    }

    /// Opens the next (or previous) article, in list order, where the speaker of `turn` speaks,
    /// at that speaker's first turn there. A filter on just that speaker follows along.
    mutating func jumpToArticle(withSpeakerOf turn: Int, forward: Bool) {
        guard let current = dialogue.article else { return }
        let speaker = corpus.articles[current].speakers[corpus.articles[current].turns[turn].speaker]
        guard let entry = corpus.speakerIndex.entry(forSpeakerID: speaker.id) else { return }
        let withSpeaker = Set(entry.articleIndices)
        guard let position = list.order.firstIndex(of: current) else { return }
        let candidates = forward ? Array(list.order[(position + 1)...]) : list.order[..<position].reversed()
        guard let target = candidates.first(where: withSpeaker.contains) else {
            message = "no \(forward ? "later" : "earlier") article with \(speaker.name)"
            return
        }
        let article = corpus.articles[target]
        guard let speakerIndex = article.speakers.firstIndex(where: { $0.id == speaker.id }) else { return }
        let onlyThisSpeaker = dialogue.shownSpeakers?.count == 1
        list.select(article: target)
        reader.open(article: target)
        dialogue = DialogueState(article: target)
        dialogue.shownSpeakers = onlyThisSpeaker ? [speakerIndex] : nil
        dialogue.cursor = article.turns.firstIndex { $0.speaker == speakerIndex }
        message = "\(speaker.name) in “\(article.title)”"
        relayout()
    }
}
