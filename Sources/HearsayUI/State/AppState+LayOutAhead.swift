extension AppState {
    /// Lays out a little more of the article on screen, beyond what is shown, while the user is
    /// not typing; returns whether more is left. Layout stays lazy (opening a large article costs
    /// one screen), yet `G` or a search near the end rarely has to wait for it. The runtime calls
    /// this only when no key is waiting, and the screen does not change, so nothing is redrawn.
    public func layOutAhead(lines: Int = 400) -> Bool {
        guard let layout = focus == .dialogue ? dialogue.layout : reader.layout, !layout.isComplete else { return false }
        _ = layout.hasLine(layout.laidOutLineCount + lines)
        return !layout.isComplete
    }
}
