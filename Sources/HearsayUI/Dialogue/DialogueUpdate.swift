import HearsayModel

extension AppState {
    /// Navigation over the dialogue view's article with its filter, or `nil` without one.
    var dialogueNavigation: DialogueNavigation? {
        guard let article = dialogue.article else { return nil }
        return dialogue.navigation(over: corpus.articles[article])
    }

    /// Switches to the dialogue view of the reader's article (`d` in the reader): its turns, or
    /// in prose its attributed quotes.
    mutating func openDialogue() -> [Effect] {
        guard let articleIndex = reader.article else { return [] }
        guard Self.hasDialogue(corpus.articles[articleIndex]) else {
            message = "this article has no dialogue"
            return []
        }
        return go(to: .dialogue(article: articleIndex, at: .asLeft))
    }

    /// Whether `article` has a dialogue view: turns, or quotes with a speaker.
    static func hasDialogue(_ article: Article) -> Bool {
        !article.turns.isEmpty || article.quotes.contains { $0.speaker != nil }
    }

    mutating func perform(_ action: DialogueAction) -> [Effect] {
        if case .step(let step) = action { return self.step(step) }
        if case .share(let sharing) = action { return perform(sharing) }
        guard let navigation = dialogueNavigation, let articleIndex = dialogue.article else { return [] }
        guard let cursor = dialogue.cursor ?? navigation.shownTurns.first else {
            return action == .openSpeakerFilter ? go(to: .speakerFilter) : []
        }
        var target: Int?
        var notFound = ""
        let unit = navigation.isQuotes ? "quote" : "turn"
        let speakerName = { (speaker: Int) in navigation.speakerNames[speaker] }
        switch action {
        case .nextTurn:
            target = navigation.next(after: cursor); notFound = "last \(unit)"
        case .previousTurn:
            target = navigation.previous(before: cursor); notFound = "first \(unit)"
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
            notFound = "no later \(unit) by \(speakerName(navigation.speaker(of: cursor)))"
        case .previousBySameSpeaker:
            target = navigation.previousBySameSpeaker(before: cursor)
            notFound = "no earlier \(unit) by \(speakerName(navigation.speaker(of: cursor)))"
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
            let name = speakerName(speaker)
            // Like J and search, say so rather than wrap silently.
            if turn == cursor {
                message = "no other \(unit) by \(name)"
            } else if turn < cursor {
                message = "wrapped to the first \(unit) by \(name)"
            }
        case .nextSpeakerChange:
            target = navigation.nextSpeakerChange(after: cursor); notFound = "no later change of speaker"
        case .previousSpeakerChange:
            target = navigation.previousSpeakerChange(before: cursor); notFound = "no earlier change of speaker"
        case .nextArticleWithSpeaker, .previousArticleWithSpeaker:
            return jumpToArticle(withSpeakerOf: cursor, forward: action == .nextArticleWithSpeaker)
        case .openInReader:
            guard let range = navigation.range(of: cursor) else { return [] }
            // A quote is read in its paragraph, a third down; a turn from its top.
            return go(to: .reader(article: articleIndex, at: navigation.isQuotes ? .inView(range) : .top(range.lowerBound)))
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

    /// Opens the next (or previous) article, in list order, where the speaker of `turn` speaks
    /// or is quoted, at that speaker's first turn there; where they are only quoted in an article
    /// with turns, its dialogue view lists its quotes instead, at their first. A filter on just
    /// that speaker follows along.
    mutating func jumpToArticle(withSpeakerOf turn: Int, forward: Bool) -> [Effect] {
        guard let current = dialogue.article, let navigation = dialogueNavigation else { return [] }
        let speakerID = navigation.speakerIDs[navigation.speaker(of: turn)]
        let name = navigation.speakerNames[navigation.speaker(of: turn)]
        guard let entry = utteranceIndex.entry(forID: speakerID) else { return [] }
        let withSpeaker = Set(entry.articleIndices)
        guard let position = list.order.firstIndex(of: current) else { return [] }
        let candidates = forward ? Array(list.order[(position + 1)...]) : list.order[..<position].reversed()
        let articles = corpus.articles
        // Every spelling of the person counts (`Andrulis` quoted, `Jonas Andrulis` speaking).
        let found = candidates.lazy.filter(withSpeaker.contains).compactMap { index -> (Int, DialogueNavigation, Int)? in
            let turns = DialogueNavigation(article: articles[index], shownSpeakers: nil)
            if let speaker = turns.speakerIDs.firstIndex(where: entry.ids.contains) { return (index, turns, speaker) }
            guard !turns.isQuotes else { return nil }
            let quotes = DialogueNavigation(article: articles[index], shownSpeakers: nil, listsQuotes: true)
            return quotes.speakerIDs.firstIndex(where: entry.ids.contains).map { (index, quotes, $0) }
        }.first
        guard let (target, targetNavigation, speakerIndex) = found else {
            message = "no \(forward ? "later" : "earlier") article with \(name)"
            return []
        }
        let article = corpus.articles[target]
        let onlyThisSpeaker = dialogue.shownSpeakers?.count == 1
        let quotedAmongTurns = targetNavigation.isQuotes && !article.turns.isEmpty
        message = "\(name) \(quotedAmongTurns ? "quoted " : "")in “\(article.title)”"
        let first = targetNavigation.nextTurn(ofSpeaker: speakerIndex, after: nil)
        let shown: Set<Int>? = onlyThisSpeaker ? [speakerIndex] : nil
        // The same view on another article: back skips it, as moving between messages in mutt's pager.
        return go(
            to: .dialogue(article: target, at: quotedAmongTurns ? .quote(first, shownSpeakers: shown) : .turn(first, shownSpeakers: shown)),
            step: .replace)
    }
}
