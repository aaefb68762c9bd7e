extension AppState {
    /// Keys the highlight feature takes before the view's own bindings: every key while a note is
    /// being edited, then the cursor, selection and highlight keys of the reader and the dialogue
    /// view. `nil` when the key is not one of them.
    mutating func handleHighlightKey(_ key: Key) -> [Effect]? {
        if highlights.noteEditor != nil { return editNote(with: key) }
        guard overlay == nil, focus == .reader || focus == .dialogue else { return nil }
        var modes: [InputMode] = []
        if let cursor = activeCursor {
            if cursor.isSelecting { modes.append(.selection) }
            if focus == .reader { modes.append(.readerCursor) }
            modes.append(.readingCursor)
        }
        modes.append(.highlighting)
        guard let action = keymap.action(for: key, in: modes) else { return nil }
        return perform(action)
    }

    /// The reading cursor, when it belongs to the view on screen.
    public var activeCursor: ReadingCursor? {
        guard let cursor = highlights.cursor, cursor.pane == focus, overlay == nil else { return nil }
        let article = focus == .dialogue ? dialogue.article : reader.article
        return cursor.article == article ? cursor : nil
    }
}
