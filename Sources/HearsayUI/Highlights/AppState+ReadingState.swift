import Foundation
import HearsayModel

extension AppState {
    /// Takes in the saved state: highlights found again in their articles' current text (one
    /// that moved follows its quote, one whose text is gone stays listed as orphaned), read
    /// marks, and the last open article, reopened at its reading position (or once it arrives,
    /// while the corpus loads). Returns the effect that writes back highlights' refreshed details.
    @discardableResult
    public mutating func restore(_ saved: SavedReadingState) -> [Effect] {
        // Resolved here, once, in the articles loaded so far; the others' are placed as they arrive
        // (`adoptCorpusChange`), orphaned until then.
        for highlight in saved.highlights { highlights.put(highlight, at: nil) }
        let refreshed = placeHighlights(ofArticles: Set(saved.highlights.map(\.articleID)))
        persistence.readArticleIDs = saved.readArticleIDs
        persistence.speakerFilters = saved.speakerFilters
        if let id = saved.lastOpenArticleID, corpus.index(ofArticle: id) == nil, corpusState.loading != nil {
            corpusState.pendingReopen = (id, saved.lastOpenPosition)
        }
        if let id = saved.lastOpenArticleID, let index = corpus.index(ofArticle: id) {
            // Reopened as it was left: no read mark or position to save, so the effects are not needed.
            go(to: .reader(article: index, at: .asLeft))
            if let position = saved.lastOpenPosition { applyReadingPosition(position) }
            relayout()
        }
        // What is on screen now is what was saved: the tick saves only once it changes.
        persistence.savedPlace = currentPlaceToSave
        return refreshed.isEmpty ? [] : [.refreshHighlightDetails(refreshed)]
    }

    /// The article being read: the reader's or the dialogue view's, `nil` in the list.
    var openArticle: Int? { articlePane?.article }

    /// Where the reader is in the open article (the reader's top line; in the dialogue view, the
    /// start of the turn under the turn cursor), cheap to take on every key; turned into an
    /// anchored `ReadingPosition` only when it is saved.
    var currentReadingPlace: (article: Int, position: TextPosition)? {
        guard let pane = articlePane, let index = pane.article else { return nil }
        return (index, pane.readingPlace(in: corpus.articles[index]))
    }

    /// The open article and the place in it, as the tick compares them with what it saved last.
    var currentPlaceToSave: SavedPlace {
        let place = currentReadingPlace
        return SavedPlace(articleID: openArticle.map { corpus.articles[$0].id }, position: place?.position)
    }

    /// On the tick: saves the reading position and the open article when they changed since the
    /// last save, so a `kill -9` loses at most two seconds of reading.
    mutating func savePlaceIfMoved() -> [Effect] {
        let now = currentPlaceToSave
        guard now != persistence.savedPlace else { return [] }
        persistence.savedPlace = now
        var effects: [Effect] = []
        if let position = currentReadingPlace.flatMap(readingPosition) { effects.append(.saveReadingPosition(position)) }
        effects.append(.setLastOpenArticle(now.articleID))
        return effects
    }

    /// The reading position to save for a place (quoting the text there, so it survives edits).
    func readingPosition(_ place: (article: Int, position: TextPosition)) -> ReadingPosition? {
        let article = corpus.articles[place.article]
        guard !article.blocks.isEmpty, let anchor = TextAnchor.make(article: article, at: place.position) else { return nil }
        return ReadingPosition(articleID: article.id, anchor: anchor, updated: environment.now())
    }

    /// Runs `body`; when it quits, adds saving the reading position and which article is open.
    /// (Opening and leaving articles return their own effects, from `go(to:)`.) Quitting while
    /// changes wait to be saved tries once more first, and asks when that fails too
    /// (`QuitWithUnsavedChanges`).
    mutating func handlingQuit(_ body: (inout AppState) -> [Effect]) -> [Effect] {
        let before = openArticle
        let leavingPlace = currentReadingPlace
        var effects = body(&self)
        guard let quit = effects.firstIndex(of: .quit) else { return effects }
        var saves: [Effect] = []
        if let position = leavingPlace.flatMap(readingPosition) { saves.append(.saveReadingPosition(position)) }
        saves.append(.setLastOpenArticle(before.map { corpus.articles[$0].id }))
        guard persistence.unsaved != nil else {
            effects.insert(contentsOf: saves, at: quit)
            return effects
        }
        // Not yet: each save also retries what is pending (so no separate retry, which would
        // wait on a locked database once more); `.stateSaved` quits, `.stateNotSaved` asks.
        persistence.quitting = .retrying
        effects.replaceSubrange(quit..., with: saves)
        return effects
    }

    /// Puts the reader at a saved position if the article is still at its top.
    mutating func applyReadingPosition(_ position: ReadingPosition) {
        guard let index = reader.article, corpus.articles[index].id == position.articleID,
            reader.anchor == nil, reader.topLine == 0
        else { return }
        let article = corpus.articles[index]
        guard let range = ArticleText(article: article).resolve(position.anchor).range,
            range.lowerBound > TextPosition(block: 0, offset: 0)
        else { return }
        reader.show(position: range.lowerBound)
    }

    mutating func handleReadingStateEvent(_ event: Event) -> [Effect] {
        switch event {
        case .stateSaved:
            if persistence.unsaved != nil { message = "saved" }
            persistence.unsaved = nil
            let quitting = persistence.quitting
            persistence.quitting = nil
            // Saved at the last try, or while asking: everything is kept, so quit as asked.
            if quitting != nil { return [.quit] }
        case .stateNotSaved(let problem):
            persistence.unsaved = problem
            if persistence.quitting != nil {
                persistence.quitting = .confirming
                message = quitPrompt(problem)
            } else {
                message = problem.message
            }
        case .readingPositionLoaded(let position):
            applyReadingPosition(position)
            relayout()
        case .tick:
            // A save retries what is pending too: only without one is a retry asked for.
            let saves = savePlaceIfMoved()
            return saves.isEmpty && persistence.unsaved != nil ? [.retryUnsavedState] : saves
        default:
            break
        }
        return []
    }

    /// The status bar while asking whether to quit with changes not saved: what `q` does first
    /// (the line may be cut at the screen's edge), the reason last.
    func quitPrompt(_ problem: SaveProblem) -> String {
        let changes = problem.pendingCount == 1 ? "1 change" : "\(problem.pendingCount) changes"
        let quit: String
        if problem.pendingHighlights > 0, let file = persistence.recoveryFile {
            let them = problem.pendingHighlights == 1 ? "the highlight" : "the \(problem.pendingHighlights) highlights"
            quit = "q again quits and writes \(them) to \(file)"
        } else {
            quit = "q again quits without them"
        }
        return "\(changes) NOT SAVED: \(quit), any other key stays (\(problem.reason))"
    }

    /// A key while asking whether to quit: `q` (or Ctrl-C) quits, any other key stays, unused.
    mutating func answerQuitPrompt(_ key: Key) -> [Effect] {
        persistence.quitting = nil
        if key == .character("q") || keymap.action(for: key, in: [.everywhere]) == .app(.quit) { return [.quit] }
        message = "not quitting: " + (persistence.saveProblem ?? "changes kept in memory")
        return []
    }

    /// `r` in the list: marks the selected article read or unread.
    mutating func toggleRead() -> [Effect] {
        guard let index = list.selectedArticle else { return [] }
        let id = corpus.articles[index].id
        let read = !persistence.readArticleIDs.contains(id)
        if read { persistence.readArticleIDs.insert(id) } else { persistence.readArticleIDs.remove(id) }
        message = read ? "marked read" : "marked unread"
        return [.setRead(read, articleID: id)]
    }
}
