extension AppState {
    /// Keys the highlight feature takes before the view's own bindings: every key while a note is
    /// being edited, then the cursor, selection and highlight keys of the reader and the dialogue
    /// view. `nil` when the key is not one of them.
    mutating func handleHighlightKey(_ key: Key) -> [Effect]? {
        if highlights.noteEditor != nil { return recordingHighlightChange { $0.editNote(with: key) } }
        guard overlay == nil, let pane = articlePane else { return nil }
        var modes: [InputMode] = []
        if let cursor = activeCursor {
            if cursor.isSelecting { modes.append(.selection) }
            modes += pane.readingCursorModes
            modes.append(.readingCursor)
        }
        modes.append(.highlighting)
        guard let action = keymap.action(for: key, in: modes) else { return nil }
        return perform(action)
    }

    /// The reading cursor, when it belongs to the view on screen.
    public var activeCursor: ReadingCursor? {
        guard let cursor = highlights.cursor, overlay == nil, let pane = articlePane, cursor.pane == pane.kind else { return nil }
        return cursor.article == pane.article ? cursor : nil
    }
}
