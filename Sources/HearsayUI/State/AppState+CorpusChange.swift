import HearsayModel
import HearsaySearch

extension AppState {
    /// The one way the corpus changes after start: articles arriving while it loads, and files
    /// added, changed or deleted while hearsay runs (`.corpusChanged`). Indices never move
    /// (`CorpusChange`), so the list, the open article, search results and the back trail stay
    /// right. Everything derived from the corpus is brought along here: the generation goes up
    /// (derived indexes compare it), the list is re-sorted (a merge when articles only arrived)
    /// with the same article selected (the top one, while the top one was), the list filter runs
    /// again, the folded text grows or restarts, a changed open article keeps its place (by its
    /// quoted text), a deleted one says so, and the highlights of the articles that came are
    /// placed afresh.
    public mutating func adoptCorpusChange(_ change: CorpusChange) -> [Effect] {
        if change.touchesNoArticle && change.diagnostics.isEmpty {
            // Only progress (or a reload that found nothing): nothing derived from the corpus changes.
            corpusState.loading = change.progress
            if change.progress == nil, let summary = change.summary { message = summary }
            return [.drawFrame]
        }
        let firstNew = corpus.articles.count
        let keptPlace = currentReadingPlace.flatMap(readingPosition)
        corpus.apply(change)
        corpusState.generation += 1
        corpusDidChange()
        corpusState.loading = change.progress
        corpusState.removed.subtract(change.replaced.keys)
        corpusState.removed.formUnion(change.removed)
        if change.progress == nil, let summary = change.summary { message = summary }

        let arrived = Array(firstNew..<corpus.articles.count)
        search.noteChangedArticles(replaced: change.replaced.keys, arrived: arrived, afterLoading: change.progress == nil)
        // In the list, the selection stays on top while it is there; an article open stays selected.
        let followingTop = openArticle == nil
        if change.replaced.isEmpty && change.removed.isEmpty {
            list.merge(arrived, articles: corpus.articles, followingTop: followingTop)
        } else {
            list.refresh(corpus.articles, hiding: corpusState.removed, followingTop: followingTop)
        }
        refreshSearchAfterCorpusChange(replaced: Set(change.replaced.keys), removed: change.removed)
        reopenPanes(onReplaced: Set(change.replaced.keys))
        if let open = openArticle, change.removed.contains(open) {
            message = "this article's file was deleted: \(corpus.articles[open].path ?? corpus.articles[open].id)"
        }
        let changedIDs = Set((arrived + change.replaced.keys).map { corpus.articles[$0].id })
        let refreshed = placeHighlights(ofArticles: changedIDs)
        reopenPendingArticle()
        relayout()
        if let keptPlace, let open = openArticle, change.replaced[open] != nil,
            let range = ArticleText(article: corpus.articles[open]).resolve(keptPlace.anchor).range
        {
            reveal(range, placement: .top)
        }
        return [.drawFrame] + (refreshed.isEmpty ? [] : [.refreshHighlightDetails(refreshed)])
    }

    /// The list filter runs again over the new corpus; the folded text grows with it, or starts
    /// over when articles already folded changed.
    private mutating func refreshSearchAfterCorpusChange(replaced: Set<Int>, removed: Set<Int>) {
        let changedFolded = replaced.union(removed).contains { $0 < search.foldedArticleCount }
        if changedFolded {
            search.folding = nil
        } else {
            search.folding?.grow(to: corpus.articles.count)
        }
        if let cached = search.foldedArticle, replaced.contains(cached.index) { search.foldedArticle = nil }
        if let filter = search.listFilter {
            search.listFilter = nil
            filterListAsTyped(filter.typed)
        }
    }

    /// Every pane showing an article that changed starts over on the new text (its layout was of
    /// the old); `adoptCorpusChange` then puts the open one back on the same text.
    private mutating func reopenPanes(onReplaced replaced: Set<Int>) {
        guard !replaced.isEmpty else { return }
        if let article = reader.article, replaced.contains(article) { reader.open(article: article) }
        if let article = dialogue.article, replaced.contains(article) {
            let shown = dialogue.shownSpeakers
            let quotesInstead = dialogue.quotesInstead
            dialogue = DialogueState(article: article)
            dialogue.quotesInstead = quotesInstead
            // The speakers' numbering may have changed with the text: keep the filter only if it still fits.
            let speakers = dialogue.navigation(over: corpus.articles[article], filtered: false).speakerNames.indices
            if let shown, shown.allSatisfy(speakers.contains) { dialogue.shownSpeakers = shown }
        }
        // A stream holds turn and quote indices of its articles: it is gathered again from the new text.
        if let open = stream, open.groups.contains(where: { replaced.contains($0.article) }) {
            var fresh =
                utteranceIndex.entry(forID: open.person).map { StreamState(entry: $0, corpus: corpus) }
                ?? StreamState(emptyFor: open.person, name: open.name)
            fresh.cursor = min(open.cursor, max(fresh.items.count - 1, 0))
            stream = fresh
        }
    }

    /// Places (resolves once) the highlights of the articles with these ids in their current
    /// text; returns those whose details (title, link, speaker) changed, to be written back.
    mutating func placeHighlights(ofArticles ids: Set<String>) -> [Highlight] {
        guard !ids.isEmpty else { return [] }
        var texts: [String: ArticleText] = [:]
        var changed: [Highlight] = []
        for var highlight in highlights.all where ids.contains(highlight.articleID) {
            guard let index = corpus.index(ofArticle: highlight.articleID) else { continue }
            let article = corpus.articles[index]
            let text = texts[highlight.articleID] ?? ArticleText(article: article)
            texts[highlight.articleID] = text
            let resolution = text.resolve(highlight.anchor)
            if case .moved(let range) = resolution, let anchor = text.anchor(from: range.lowerBound, to: range.upperBound) {
                highlight.anchor = anchor
            }
            let fresh = highlight.withDetails(from: article, range: resolution.range, text: text)
            if fresh.details != highlight.details { changed.append(fresh) }
            highlights.put(fresh, at: resolution.range)
        }
        return changed
    }

    /// Opens the article that was open at the last quit once it has arrived, unless the user has
    /// gone somewhere meanwhile.
    private mutating func reopenPendingArticle() {
        guard let pending = corpusState.pendingReopen, let index = corpus.index(ofArticle: pending.id) else { return }
        corpusState.pendingReopen = nil
        guard openArticle == nil, overlay == nil, list.selection == 0 else { return }
        _ = go(to: .reader(article: index, at: .asLeft))
        if let position = pending.position { applyReadingPosition(position) }
        persistence.savedPlace = currentPlaceToSave
    }
}
