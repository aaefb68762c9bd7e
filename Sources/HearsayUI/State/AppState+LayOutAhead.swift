extension AppState {
    /// Lays out a little more of the article on screen, beyond what is shown, while the user is
    /// not typing; returns whether more is left. Layout stays lazy (opening a large article costs
    /// one screen), yet `G` or a search near the end rarely has to wait for it. The runtime calls
    /// this only when no key is waiting (`.idle`), and the screen does not change, so nothing is redrawn.
    func layOutAhead(lines: Int = 400) -> Bool {
        guard let layout = (articlePane ?? reader).layout, !layout.isComplete else { return false }
        _ = layout.hasLine(layout.laidOutLineCount + lines)
        return !layout.isComplete
    }
}

extension AppState {
    /// Work the runtime does while no key is waiting, a slice per call: lay out ahead, then fold
    /// the open article for searching, so the first key typed at `/` does not pay for that.
    /// Returns whether more is left. Nothing it does changes the screen.
    mutating func workAhead() -> Bool {
        if layOutAhead() { return true }
        guard search.foldedCorpus == nil, let index = searchedArticle, search.foldedArticle?.index != index else { return false }
        _ = foldedArticle(index)
        return false
    }
}
