extension AppState {
    /// Rows of people under the view's heading and column names.
    var speakersViewRows: Int { max(1, screenLayout.readerHeight - 2) }

    mutating func perform(_ action: SpeakersViewAction) -> [Effect] {
        if action == .open { return go(to: .speakers) }
        guard case .speakers(var view) = overlay else { return [] }
        switch action {
        case .open: return []
        case .move(let motion):
            view.selection = motion.moved(from: view.selection, count: view.shown.count, page: speakersViewRows)
        case .typeFilter:
            view.editor = LineEditor(text: view.filter)
        case .openStream:
            guard let entry = view.selectedEntry else { return [] }
            return go(to: .stream(person: utteranceIndex.entries[entry].id))
        case .close:
            return goBack().effects
        }
        view.scrollSelectionIntoView(rows: speakersViewRows)
        navigator.update(.speakers(view))
        return []
    }

    /// A key while the speakers view's filter is typed: the entries shown follow each edit; Enter
    /// keeps the filter, Esc clears it.
    mutating func handleSpeakersFilterKey(_ key: Key) -> [Effect] {
        guard case .speakers(var view) = overlay, var editor = view.editor else { return [] }
        switch editor.handle(key) {
        case .edited:
            view.editor = editor
            view.filter = editor.text
            view.shown = people(matching: view.filter)
            view.selection = 0
            view.top = 0
        case .moved, .ignored:
            view.editor = editor
        case .submitted:
            view.editor = nil
            if view.shown.isEmpty { message = "no one matches “\(view.filter)”" }
        case .cancelled:
            view = SpeakersViewState(shown: people(matching: ""))
        }
        view.scrollSelectionIntoView(rows: speakersViewRows)
        navigator.update(.speakers(view))
        return []
    }
}
