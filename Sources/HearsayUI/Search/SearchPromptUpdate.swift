extension AppState {
    /// A key typed while the search prompt is open: the line editor takes it, then the search
    /// (or filter) runs again as typed, finishes on Enter or is undone on Esc.
    mutating func handleSearchPromptKey(_ key: Key) -> [Effect] {
        guard var prompt = search.prompt else {
            navigator.closePrompt()
            return []
        }
        let outcome: LineEditor.Outcome
        if key == .up || key == .down {
            // Up/Down walk the history; the text shown is searched as if typed.
            let history = prompt.isFilter ? search.filterHistory : search.searchHistory
            guard let shown = prompt.browsing.step(older: key == .up, typed: prompt.editor.text, in: history) else { return [] }
            prompt.editor = LineEditor(text: shown)
            outcome = .edited
        } else {
            outcome = prompt.editor.handle(key)
        }
        if outcome == .submitted {
            if prompt.isFilter { search.filterHistory.add(prompt.editor.text) } else { search.searchHistory.add(prompt.editor.text) }
        }
        search.prompt = prompt
        let text = prompt.editor.text
        switch (outcome, prompt.purpose) {
        case (.edited, .article(let direction)): searchArticleAsTyped(text, direction: direction)
        case (.edited, .listFilter): filterListAsTyped(text)
        case (.submitted, .article): finishArticleSearch()
        case (.submitted, .listFilter): finishListFilter()
        case (.submitted, .coverage): return showCoverageResults(for: text)
        case (.cancelled, .article): cancelArticleSearch()
        case (.cancelled, .listFilter):
            clearListFilter()
            closeSearchPrompt()
        case (.cancelled, .coverage): closeSearchPrompt()
        case (.edited, .coverage), (.moved, _), (.ignored, _): break
        }
        return []
    }
}
