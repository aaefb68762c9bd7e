/// Moving to another article from the reader or the dialogue view without going back to the
/// list (newsboat's `J`/`K`/`n`; here `Ctrl-n`/`Ctrl-p`/`U`, since `J`/`K` move by speaker in
/// the dialogue view and `n`/`N` go through search matches).
public enum ArticleStep: Sendable, Hashable, CaseIterable {
    /// The next article in list order.
    case next
    /// The previous article in list order.
    case previous
    /// The next article not yet read, in list order, wrapping at the end.
    case nextUnread

    /// The keys and help line of each step; the reader and the dialogue view bind the same ones.
    static func bindings(_ action: (ArticleStep) -> Action) -> [KeyBinding] {
        [
            KeyBinding([.control("n")], action(.next), "next article in the list"),
            KeyBinding([.control("p")], action(.previous), "previous article in the list"),
            KeyBinding([.character("U")], action(.nextUnread), "next unread article"),
        ]
    }
}
