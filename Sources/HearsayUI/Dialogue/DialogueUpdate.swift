import HearsayModel

extension AppState {
    /// Navigation over the dialogue view's article with its filter, or `nil` without one.
    var dialogueNavigation: DialogueNavigation? {
        guard let article = dialogue.article else { return nil }
        return DialogueNavigation(article: corpus.articles[article], shownSpeakers: dialogue.shownSpeakers)
    }

    /// Switches to the dialogue view of the reader's article (`d` in the reader).
    mutating func openDialogue() -> [Effect] {
        guard let articleIndex = reader.article else { return [] }
        guard !corpus.articles[articleIndex].turns.isEmpty else {
            message = "this article has no dialogue"
            return []
        }
        return go(to: .dialogue(article: articleIndex, at: .asLeft))
    }

    mutating func perform(_ action: DialogueAction) -> [Effect] {
        if case .step(let step) = action { return self.step(step) }
        if case .share(let sharing) = action { return perform(sharing) }
        guard let navigation = dialogueNavigation, let articleIndex = dialogue.article else { return [] }
        let article = corpus.articles[articleIndex]
        guard let cursor = dialogue.cursor ?? navigation.shownTurns.first else {
            return action == .openSpeakerFilter ? go(to: .speakerFilter) : []
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
            // Numbers count the speakers shown, so a key never widens the filter behind the reader's back.
            let shown = navigation.shownSpeakerList
            guard shown.indices.contains(number - 1) else {
                let count = "\(shown.count) speaker\(shown.count == 1 ? "" : "s")"
                message = dialogue.shownSpeakers == nil ? "this article has \(count)" : "\(count) shown (s chooses)"
                return []
            }
            let speaker = shown[number - 1]
            target = navigation.nextTurn(ofSpeaker: speaker, after: cursor)
            guard let turn = target else { break }
            let name = article.speakers[speaker].name
            // Like J and search, say so rather than wrap silently.
            if turn == cursor {
                message = "no other turn by \(name)"
            } else if turn < cursor {
                message = "wrapped to the first turn by \(name)"
            }
        case .nextSpeakerChange:
            target = navigation.nextSpeakerChange(after: cursor); notFound = "no later change of speaker"
        case .previousSpeakerChange:
            target = navigation.previousSpeakerChange(before: cursor); notFound = "no earlier change of speaker"
        case .nextArticleWithSpeaker, .previousArticleWithSpeaker:
            return jumpToArticle(withSpeakerOf: cursor, forward: action == .nextArticleWithSpeaker)
        case .openInReader:
            return go(to: .reader(article: articleIndex, at: .top(TextPosition(block: article.turns[cursor].blocks.lowerBound, offset: 0))))
        case .openSpeakerFilter:
            return go(to: .speakerFilter)
        case .step, .share:
            break
        case .toggleContext:
            dialogue.showsContext.toggle()
            let shown = dialogue.showsContext ? "shown" : "hidden"
            message = dialogue.shownSpeakers == nil ? "context \(shown) (it shows in a filtered view)" : "context \(shown)"
        }
        if let target {
            dialogue.cursor = target
        } else if !notFound.isEmpty {
            message = notFound
        }
        relayout()
        return []
    }

    /// Opens the next (or previous) article, in list order, where the speaker of `turn` speaks,
    /// at that speaker's first turn there. A filter on just that speaker follows along.
    mutating func jumpToArticle(withSpeakerOf turn: Int, forward: Bool) -> [Effect] {
        guard let current = dialogue.article else { return [] }
        let speaker = corpus.articles[current].speakers[corpus.articles[current].turns[turn].speaker]
        guard let entry = utteranceIndex.entry(forID: speaker.id) else { return [] }
        let withSpeaker = Set(entry.articleIndices)
        guard let position = list.order.firstIndex(of: current) else { return [] }
        let candidates = forward ? Array(list.order[(position + 1)...]) : list.order[..<position].reversed()
        guard let target = candidates.first(where: withSpeaker.contains) else {
            message = "no \(forward ? "later" : "earlier") article with \(speaker.name)"
            return []
        }
        let article = corpus.articles[target]
        guard let speakerIndex = article.speakers.firstIndex(where: { $0.id == speaker.id }) else { return [] }
        let onlyThisSpeaker = dialogue.shownSpeakers?.count == 1
        message = "\(speaker.name) in “\(article.title)”"
        // The same view on another article: back skips it, as moving between messages in mutt's pager.
        return go(
            to: .dialogue(
                article: target,
                at: .turn(
                    article.turns.firstIndex { $0.speaker == speakerIndex },
                    shownSpeakers: onlyThisSpeaker ? [speakerIndex] : nil)),
            step: .replace)
    }
}
