import HearsayModel

extension AppState {
    /// Where the reading cursor starts when it is off or was left off screen (issue 18 item 2):
    /// at the sentence of the search's current match when it is in view (so `m` after `/` marks
    /// what was found), else where it was when `Esc` put it away if that is still on screen,
    /// else at the first sentence on screen.
    func startingCursor(article: Int, navigation: SentenceNavigation) -> ReadingCursor? {
        if let spot = sentenceOfCurrentMatch(navigation) {
            return ReadingCursor(pane: focus, article: article, head: spot)
        }
        if var left = highlights.leftCursor, left.pane == focus, left.article == article, isOnScreen(left) {
            left.selectionStart = nil
            return left
        }
        return firstSentenceOnScreen(navigation).map { ReadingCursor(pane: focus, article: article, head: $0) }
    }

    /// The sentence holding the current search match, when the match is in the view on screen.
    func sentenceOfCurrentMatch(_ navigation: SentenceNavigation) -> SentenceSpot? {
        guard let found = search.inArticle, found.article == searchedArticle, let index = found.current,
            found.matches.indices.contains(index)
        else { return nil }
        let match = found.matches[index]
        guard isMatchShown(match), isInView(match) else { return nil }
        return navigation.sentence(atOrAfter: match.start)
    }

    /// After a search step made a match current: a reading cursor that is on (not selecting)
    /// goes to the match's sentence, as vim's cursor goes to a match.
    mutating func moveReadingCursorToCurrentMatch() {
        guard let cursor = activeCursor, !cursor.isSelecting, let (article, navigation) = sentenceNavigation,
            let spot = sentenceOfCurrentMatch(navigation)
        else { return }
        highlights.cursor = ReadingCursor(pane: cursor.pane, article: article, head: spot)
    }

    /// `Esc`: the cursor goes away, remembered so that it can start there again.
    mutating func leaveReadingCursor() {
        highlights.leftCursor = highlights.cursor
        highlights.cursor = nil
    }
}
