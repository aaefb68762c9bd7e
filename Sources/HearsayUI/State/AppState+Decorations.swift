extension AppState {
    /// Everything drawn over the text of one article: the user's highlights under the search
    /// matches, with the selection on top (later decorations win). Views pass the blocks on
    /// screen, so a frame's cost follows the screen, not the number of matches or highlights.
    /// A view showing several articles passes `elsewhere`, so that each shows the search's matches.
    func decorations(forArticle index: Int, blocks: ClosedRange<Int>? = nil, elsewhere: StreamMatches? = nil) -> TextDecorations {
        TextDecorations(
            quoteDecorations(forArticle: index, blocks: blocks) + highlightDecorations(forArticle: index, blocks: blocks)
                + searchDecorations(forArticle: index, blocks: blocks, elsewhere: elsewhere),
            noteMarkers: noteMarkers(forArticle: index, blocks: blocks))
    }
}
