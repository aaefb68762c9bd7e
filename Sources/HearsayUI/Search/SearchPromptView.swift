import HearsaySearch
import HearsayText

/// Draws the search prompt over the status bar: `/潮汐` with the line editor's cursor, and on
/// the right how the search is going (`3/17`, `not found`, `2/4 articles`).
enum SearchPromptView {
    static func render(_ state: AppState, in row: Rect, into buffer: inout ScreenBuffer, styles: Styles) {
        guard let prompt = state.search.prompt else { return }
        let note = note(for: state, prompt: prompt)
        let noteWidth = note.isEmpty ? 0 : DisplayWidth.of(note) + 2
        buffer.fill(row, style: styles.screen)
        let editorRow = Rect(x: row.x, y: row.y, width: max(0, row.width - noteWidth), height: 1)
        PromptLineView.render(prompt.editor, prompt: prompt.label, in: editorRow, into: &buffer, style: styles.screen)
        if !note.isEmpty, noteWidth <= row.width {
            buffer.write(note, x: row.maxX - noteWidth + 1, y: row.y, style: styles.statusKey)
        }
    }

    /// What the right end of the prompt row says about the search typed so far.
    static func note(for state: AppState, prompt: SearchPrompt) -> String {
        guard !prompt.editor.characters.isEmpty else { return "" }
        switch prompt.purpose {
        case .article:
            guard let found = state.search.inArticle, found.article == state.searchedArticle else { return "" }
            let (position, count) = found.counter(state.matchFilter)
            guard count > 0 else { return "not found" }
            guard let position else { return "\(count)" }
            return MatchNavigation.counter(current: position, count: count)
        case .listFilter:
            guard let filter = state.search.listFilter else { return "" }
            return "\(filter.kept.count)/\(filter.total) articles" + (filter.progressText.map { " · " + $0 } ?? "")
        case .coverage:
            return "Enter searches every article"
        }
    }
}
