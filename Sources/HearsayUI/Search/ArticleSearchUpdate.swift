import HearsayLayout
import HearsayModel
import HearsaySearch
import HearsayText

extension AppState {
    /// `/` or `\` in the reader or the dialogue view: opens the prompt, remembering the views
    /// so that Esc can put them back.
    mutating func beginArticleSearch(_ direction: MatchNavigation.Direction) {
        guard searchedArticle != nil else { return }
        search.origin = SearchOrigin(reader: reader, dialogue: dialogue, inArticle: search.inArticle)
        search.prompt = SearchPrompt(purpose: .article(direction))
        navigator.openPrompt()
    }

    /// Searches again for what is typed so far, from where the view was when the prompt opened:
    /// the first match at or after the top of the view going forward, the last one before its
    /// bottom going backward (so a match already in view becomes current without scrolling).
    mutating func searchArticleAsTyped(_ typed: String, direction: MatchNavigation.Direction) {
        guard let origin = search.origin, let articleIndex = searchedArticle else { return }
        reader = origin.reader
        dialogue = origin.dialogue
        relayout()
        let query = SearchQuery(parsing: typed)
        guard !query.isEmpty else {
            search.inArticle = origin.inArticle
            return
        }
        let matches = ArticleSearcher.matches(of: query, in: foldedArticle(articleIndex))
        var found = ArticleSearch(typed: typed, query: query, article: articleIndex, matches: matches, direction: direction)
        let candidates = found.candidates(isMatchShown)
        let start = direction == .forward ? viewStart : viewEnd
        if let step = MatchNavigation.nearest(to: start, in: candidates.map { matches[$0] }, direction: direction) {
            found.current = candidates[step.index]
        }
        search.inArticle = found
        revealCurrentMatch()
    }

    /// Enter at the prompt: the search stays, with its matches highlighted.
    mutating func finishArticleSearch() {
        guard let typed = search.prompt?.editor.text else { return }
        if SearchQuery(parsing: typed).isEmpty {
            cancelArticleSearch()
            return
        }
        closeSearchPrompt()
        if let found = search.inArticle, found.candidates(isMatchShown).isEmpty {
            message = "not found: \(typed)"
        }
        moveReadingCursorToCurrentMatch()
    }

    /// Esc at the prompt: the views and the previous search come back as they were.
    mutating func cancelArticleSearch() {
        if let origin = search.origin {
            reader = origin.reader
            dialogue = origin.dialogue
            search.inArticle = origin.inArticle
        }
        closeSearchPrompt()
        relayout()
    }

    /// `n` (or `N`, `reversed`): the next match in the search's direction (or the other way).
    /// From the current match when it is in view, else from the view (the user scrolled away);
    /// past the last match it wraps around to the first, with a notice. Another article than the
    /// searched one is searched for the same text (as `n` does in vim after changing files).
    mutating func stepToMatch(reversed: Bool) {
        guard let articleIndex = searchedArticle else { return }
        guard var found = search.inArticle else {
            message = "no search yet: / searches this article, F every article"
            return
        }
        if found.article != articleIndex {
            found = ArticleSearch(
                typed: found.typed, query: found.query, article: articleIndex,
                matches: ArticleSearcher.matches(of: found.query, in: foldedArticle(articleIndex)),
                direction: found.direction)
        }
        search.inArticle = found
        let direction: MatchNavigation.Direction = (found.direction == .forward) != reversed ? .forward : .backward
        let candidates = found.candidates(isMatchShown)
        guard !candidates.isEmpty else {
            message = "not found: \(found.typed)"
            return
        }
        let step: MatchNavigation.Step?
        if let current = found.current, let position = candidates.firstIndex(of: current), isInView(found.matches[current]) {
            step = MatchNavigation.step(from: position, count: candidates.count, direction: direction)
        } else {
            step = MatchNavigation.nearest(
                to: direction == .forward ? viewStart : viewEnd,
                in: candidates.map { found.matches[$0] }, direction: direction)
        }
        guard let step else { return }
        found.current = candidates[step.index]
        search.inArticle = found
        revealCurrentMatch()
        if step.wrapped {
            message = direction == .forward ? "search hit BOTTOM, continuing at TOP" : "search hit TOP, continuing at BOTTOM"
        }
    }

    /// Scrolls so the current match is in view: in the reader, its line (a third of the way
    /// down when it has to move); in the dialogue view, the cursor goes to its turn.
    mutating func revealCurrentMatch() {
        guard let found = search.inArticle, let index = found.current, found.article == searchedArticle else { return }
        let match = found.matches[index]
        reveal(match.start..<match.end, placement: .thirdDown)
        moveReadingCursorToCurrentMatch()
    }

    /// Whether the view shows `match`: the reader has its line on screen; the dialogue view has
    /// the cursor on its turn.
    func isInView(_ match: SearchMatch) -> Bool {
        guard let pane = articlePane, let article = pane.article else { return false }
        return pane.shows(match.start, in: corpus.articles[article], height: screenLayout.readerHeight)
    }

    /// Where the view hides some matches (the dialogue view shows only the shown speakers'
    /// turns), whether it shows one; `nil` where it shows them all (the reader). The filter is
    /// looked up once here, not per match: the status bar's counter runs this over every match
    /// each frame.
    var matchFilter: ((SearchMatch) -> Bool)? {
        guard let pane = articlePane, pane.showsOnlyTurns else { return nil }
        guard let index = pane.article else { return { _ in false } }
        return pane.showsMatch(in: corpus.articles[index])
    }

    /// Whether the view can show a match (see `matchFilter`).
    var isMatchShown: (SearchMatch) -> Bool { matchFilter ?? { _ in true } }

    /// The text at the top of the view (the reader's top line, the start of the cursor's turn).
    var viewStart: TextPosition {
        guard let pane = articlePane, let article = pane.article else { return TextPosition(block: 0, offset: 0) }
        return pane.viewStart(in: corpus.articles[article])
    }

    /// The text just below the view (the reader's bottom line, the end of the cursor's turn).
    var viewEnd: TextPosition {
        guard let pane = articlePane, let article = pane.article else { return TextPosition(block: Int.max, offset: 0) }
        return pane.viewEnd(in: corpus.articles[article], height: screenLayout.readerHeight)
    }

    /// The status bar's note on the search in the article on screen: `/潮汐 3/17`.
    var articleSearchStatus: String? {
        guard let found = search.inArticle, found.article == searchedArticle else { return nil }
        let label = SearchPrompt.label(for: found.direction) + DisplaySafety.sanitized(found.typed)
        let (position, count) = found.counter(matchFilter)
        if count == 0 { return "\(label) not found" }
        if let position { return "\(label) \(MatchNavigation.counter(current: position, count: count))" }
        return "\(label) \(count) match\(count == 1 ? "" : "es")"
    }
}
