extension AppState {
    /// Everything drawn over the text of one article: the user's highlights under the search
    /// matches, with the selection on top (later decorations win).
    func decorations(forArticle index: Int) -> TextDecorations {
        TextDecorations(highlightDecorations(forArticle: index) + searchDecorations(forArticle: index))
    }
}
