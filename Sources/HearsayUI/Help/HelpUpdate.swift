extension AppState {
    /// Rows of help text the overlay shows at the current size.
    var helpPageHeight: Int { max(1, HelpOverlayView.box(in: size).height - 2) }

    mutating func perform(_ action: HelpAction) -> [Effect] {
        guard case .help(var help) = overlay else { return [] }
        let lineCount = HelpContent(keymap: keymap).lines.count
        let page = helpPageHeight
        let lastTop = max(0, lineCount - page)
        switch action {
        case .down: help.top = min(lastTop, help.top + 1)
        case .up: help.top = max(0, help.top - 1)
        case .pageDown: help.top = min(lastTop, help.top + page)
        case .pageUp: help.top = max(0, help.top - page)
        case .top: help.top = 0
        case .bottom: help.top = lastTop
        case .close:
            overlay = nil
            return []
        }
        overlay = .help(help)
        return []
    }
}
