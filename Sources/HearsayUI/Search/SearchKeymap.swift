extension KeymapSection {
    /// `/` in the list: the filter.
    public static let listFilter = KeymapSection(
        mode: .list, title: "Article list: filter",
        bindings: [
            KeyBinding(
                [.character("/")], .search(.beginListFilter),
                "filter as you type (title, tags, source, speakers, text); Enter keeps, Esc clears")
        ])

    /// Searching the open article in the reader.
    public static let articleSearch = KeymapSection(
        mode: .reader, title: "Search in the article",
        bindings: [
            KeyBinding([.character("/")], .search(.begin(.forward)), "search forward as you type; Enter keeps, Esc cancels"),
            KeyBinding([.character("\\")], .search(.begin(.backward)), "search backward as you type"),
            KeyBinding([.character("n")], .search(.next), "next match in the search's direction (wraps around)"),
            KeyBinding([.character("N")], .search(.previous), "next match the other way"),
        ])

    /// The same keys in the dialogue view, listed on one line.
    public static let dialogueSearch = KeymapSection(
        mode: .dialogue, title: "Search in the dialogue view",
        bindings: [
            KeyBinding(
                [.character("/")], .search(.begin(.forward)), "as in the reader, over the shown turns",
                label: "/ \\ n N"),
            KeyBinding([.character("\\")], .search(.begin(.backward)), "search backward", listedInHelp: false),
            KeyBinding([.character("n")], .search(.next), "next match", listedInHelp: false),
            KeyBinding([.character("N")], .search(.previous), "previous match", listedInHelp: false),
        ])

    /// `F` from any view.
    public static let coverageSearch = KeymapSection(
        mode: .views, title: "Search across the coverage",
        bindings: [
            KeyBinding(
                [.character("F")], .search(.beginCoverage),
                "search every article (speaker:\"Name\" words for one speaker's turns)")
        ])

    /// The coverage search's results view.
    public static let searchResults = KeymapSection(
        mode: .searchResults, title: "Search results",
        bindings: [
            KeyBinding([.character("j"), .down], .search(.resultDown), "next result"),
            KeyBinding([.character("k"), .up], .search(.resultUp), "previous result"),
            KeyBinding([.character("g"), .home], .search(.resultTop), "first result"),
            KeyBinding([.character("G"), .end], .search(.resultBottom), "last result"),
            KeyBinding([.pageDown, .space, .control("f")], .search(.resultPageDown), "page down"),
            KeyBinding([.pageUp, .character("b"), .control("b")], .search(.resultPageUp), "page up"),
            KeyBinding([.enter, .character("l"), .right], .search(.openResult), "read the article at this match (n / N go on)"),
            KeyBinding([.character("F")], .search(.beginCoverage), "a new search"),
            KeyBinding([.character("q"), .escape, .character("h"), .left], .search(.closeResults), "back"),
        ])
}
