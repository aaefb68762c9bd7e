import HearsayTheme

/// Draws the whole screen for a state: title bar, panes, status bar and any overlay. A pure
/// function of the state, the size and the styles; the backend only copies the result.
public struct ScreenRenderer: Sendable {
    public var styles: Styles

    public init(styles: Styles = .standard) {
        self.styles = styles
    }

    public func render(_ state: AppState) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: state.size)
        render(state, into: &buffer)
        return buffer
    }

    /// Draws into an existing buffer of the state's size (reusing its storage).
    public func render(_ state: AppState, into buffer: inout ScreenBuffer) {
        if buffer.size != state.size { buffer = ScreenBuffer(size: state.size) }
        let styles = state.theme?.styles ?? self.styles
        buffer.fill(buffer.bounds, style: styles.screen)
        buffer.cursor = nil
        buffer.hyperlinks = []
        let layout = state.screenLayout
        if layout.isTooSmall {
            TooSmallView.render(
                size: state.size, unsavedChanges: state.persistence.quitting == .confirming,
                into: &buffer, styles: styles)
            return
        }
        TitleBarView.render(state, in: layout.titleBar, into: &buffer, styles: styles)
        if let list = layout.list {
            ArticleListView.render(state, in: list, into: &buffer, styles: styles)
        }
        if let column = layout.separatorColumn {
            for y in layout.titleBar.maxY..<layout.statusBar.y {
                buffer.write(styles.glyphs.verticalSeparator, x: column, y: y, style: styles.separator)
            }
        }
        if let rect = layout.reader {
            // In the list, the reader previews the selected article.
            (state.articlePane ?? state.reader).draw(state, in: rect, into: &buffer, styles: styles)
        }
        StatusBarView.render(state, in: layout.statusBar, into: &buffer, styles: styles)
        NoteEditorView.render(state, in: layout.statusBar, into: &buffer, styles: styles)
        switch state.overlay {
        case .help(let help):
            HelpOverlayView.render(help, content: state.helpContent, into: &buffer, styles: styles)
        case .speakerFilter(let filter):
            SpeakerFilterView.render(filter, state: state, into: &buffer, styles: styles)
        case .highlights(let view):
            HighlightsView.render(view, state: state, in: layout, into: &buffer, styles: styles)
        case .speakers(let view):
            SpeakersView.render(view, state: state, in: layout, into: &buffer, styles: styles)
        case .searchPrompt:
            SearchPromptView.render(state, in: layout.statusBar, into: &buffer, styles: styles)
        case .searchResults:
            CoverageResultsView.render(state, into: &buffer, styles: styles)
        case nil:
            break
        }
    }
}
