extension AppState {
    /// Rows of help text the overlay shows at the current size.
    var helpPageHeight: Int { max(1, HelpOverlayView.box(in: size).height - 2) }

    mutating func perform(_ action: HelpAction) -> [Effect] {
        guard case .help(var help) = overlay else { return [] }
        let lineCount = HelpContent(keymap: keymap).lines.count
        let page = helpPageHeight
        let lastTop = max(0, lineCount - page)
        switch action {
        case .move(let motion):
            // The top line moves over the tops that keep the box full.
            help.top = motion.moved(from: help.top, count: lastTop + 1, page: page)
        case .close:
            overlay = nil
            return []
        }
        overlay = .help(help)
        return []
    }
}
