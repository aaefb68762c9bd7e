/// Draws the note editor over the status bar while a note is being written.
enum NoteEditorView {
    static let prompt = " Note: "

    static func render(_ state: AppState, in row: Rect, into buffer: inout ScreenBuffer, styles: Styles) {
        guard let editing = state.highlights.noteEditor else { return }
        PromptLineView.render(editing.editor, prompt: prompt, in: row, into: &buffer, style: styles.statusBar)
    }
}
