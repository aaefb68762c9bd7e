extension AppState {
    /// The user's highlights and the reading cursor's selection in one article.
    func highlightDecorations(forArticle index: Int) -> [TextDecoration] {
        []
    }
}
