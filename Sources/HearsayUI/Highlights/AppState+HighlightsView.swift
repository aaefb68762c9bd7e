import HearsayModel

extension AppState {
    /// Rows of highlights that fit under the view's heading.
    var highlightsViewHeight: Int { max(1, screenLayout.readerHeight - 1) }

    mutating func perform(_ action: HighlightsViewAction) -> [Effect] {
        guard case .highlights(var view) = overlay else { return [] }
        let listing = HighlightsListing(self, colorFilter: view.colorFilter)
        let count = listing.entries.count
        let page = highlightsViewHeight
        switch action {
        case .move(let motion): view.selection = motion.moved(from: view.selection, count: count, page: max(1, page / 2))
        case .filter(let color):
            view.colorFilter = color
            view.selection = 0
            view.top = 0
        case .close:
            return goBack().effects
        case .jump:
            guard listing.entries.indices.contains(view.selection) else { return [] }
            return jump(to: listing.entries[view.selection])
        }
        let shown = action == .filter(view.colorFilter) ? HighlightsListing(self, colorFilter: view.colorFilter) : listing
        view.selection = min(max(view.selection, 0), max(0, shown.entries.count - 1))
        if let row = shown.row(ofEntry: view.selection) {
            // Keep the selected highlight and its note on screen, with the article heading above
            // the first highlight of the list.
            let noteRows = shown.rows.indices.contains(row + 1) && shown.rows[row + 1] == .note(entry: view.selection) ? 1 : 0
            if row - 1 < view.top { view.top = max(0, view.selection == 0 ? 0 : row - 1) }
            if row + noteRows >= view.top + page { view.top = row + noteRows - page + 1 }
        }
        navigator.update(.highlights(view))
        return []
    }

    /// Opens the highlight's article in the reader with the reading cursor on its first sentence.
    mutating func jump(to entry: HighlightsListing.Entry) -> [Effect] {
        guard let article = entry.article else {
            message = "its article is not loaded"
            return []
        }
        highlights.cursor = nil
        guard let range = entry.range else {
            message = "orphaned: its text is no longer in the article"
            return go(to: .reader(article: article, at: .top(TextPosition(block: 0, offset: 0))))
        }
        let effects = go(to: .reader(article: article, at: .thirdDown(range.lowerBound)))
        let navigation = SentenceNavigation(article: corpus.articles[article], pane: .reader, shownSpeakers: nil)
        if let spot = navigation.sentence(atOrAfter: range.lowerBound) {
            highlights.cursor = ReadingCursor(pane: .reader, article: article, head: spot)
        }
        return effects
    }
}
