extension AppState {
    /// The search matches in one article (the current one marked as such).
    func searchDecorations(forArticle index: Int) -> [TextDecoration] {
        guard let found = search.inArticle, found.article == index else { return [] }
        return found.matches.enumerated().map { offset, match in
            TextDecoration(block: match.block, range: match.range, kind: offset == found.current ? .currentMatch : .match)
        }
    }
}
