extension AppState {
    /// The search matches in one article (the current one marked as such).
    func searchDecorations(forArticle index: Int) -> [TextDecoration] {
        []
    }
}
