/// What the article list does.
public enum ListAction: Sendable, Hashable {
    case down, up, top, bottom, pageDown, pageUp
    /// Open the selected article in the reader.
    case open
    /// Switch between sorting by date and by title.
    case cycleSort
}

extension KeymapSection {
    public static let list = KeymapSection(mode: .list, title: "Article list", bindings: [
        KeyBinding([.character("j"), .down], .list(.down), "next article"),
        KeyBinding([.character("k"), .up], .list(.up), "previous article"),
        KeyBinding([.character("g"), .home], .list(.top), "first article"),
        KeyBinding([.character("G"), .end], .list(.bottom), "last article"),
        KeyBinding([.pageDown, .control("f"), .space], .list(.pageDown), "page down"),
        KeyBinding([.pageUp, .control("b"), .character("b")], .list(.pageUp), "page up"),
        KeyBinding([.enter, .character("l"), .right], .list(.open), "open the article"),
        KeyBinding([.character("o")], .list(.cycleSort), "sort by date / by title"),
    ])
}
