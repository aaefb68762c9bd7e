import HearsayTheme

extension AppState {
    /// The help's lines: the keymap, and how highlight colours look where colour cannot show them.
    var helpContent: HelpContent {
        let styles = theme?.styles
        let shared = styles?.highlightAttributes ?? []
        let looks = (styles?.highlightMarks ?? []).indices.map { HighlightMarks.describe($0 + 1, shared: shared) }
        return HelpContent(keymap: keymap, highlightLooks: looks)
    }

    /// Rows of help text the overlay shows at the current size.
    var helpPageHeight: Int { max(1, HelpOverlayView.box(in: size, content: helpContent).height - 2) }

    /// Where `?` opens the help: at the top when the section of the view in use fits on the first
    /// page (the keys that work everywhere come first), else at that section's heading, as
    /// newsboat and mutt show the keys of the current view first.
    var helpTopForCurrentView: Int {
        let content = helpContent
        let page = helpPageHeight
        guard let mode = activeModes.first(where: { content.sections[$0] != nil }),
            let lines = content.sections[mode], lines.upperBound > page
        else { return 0 }
        return min(lines.lowerBound, max(0, content.lines.count - page))
    }

    mutating func perform(_ action: HelpAction) -> [Effect] {
        guard case .help(var help) = overlay else { return [] }
        let lineCount = helpContent.lines.count
        let page = helpPageHeight
        let lastTop = max(0, lineCount - page)
        switch action {
        case .move(let motion) where motion == .pageDown || motion == .halfPageDown:
            // Whole pages, as a pager turns them: the last one may be short rather than show
            // again lines already seen.
            let step = motion == .pageDown ? page : max(1, page / 2)
            if help.top + page < lineCount { help.top += step }
        case .move(let motion):
            // Other moves keep the box full (from a short last page, up from where it is).
            help.top = motion.moved(from: help.top, count: max(lastTop, help.top) + 1, page: page)
        case .close:
            return goBack().effects
        }
        navigator.update(.help(help))
        return []
    }
}
