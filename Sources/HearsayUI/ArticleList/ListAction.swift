/// What the article list does.
public enum ListAction: Sendable, Hashable {
    /// Move the selection (the moves every list shares).
    case move(ListMotion)
    /// Open the selected article in the reader.
    case open
    /// Switch between sorting by date and by title.
    case cycleSort
}

extension KeymapSection {
    public static let list = KeymapSection(
        mode: .list, title: "Article list",
        bindings:
            ListMotion.bindings(
                .init(down: "next article", up: "previous article", top: "first article", bottom: "last article"),
                action: { .list(.move($0)) }) + [
                KeyBinding([.enter, .character("l"), .right], .list(.open), "open the article"),
                KeyBinding([.character("o")], .list(.cycleSort), "sort by date / by title"),
            ])
}
