/// What the reader does.
public enum ReaderAction: Sendable, Hashable {
    case lineDown, lineUp
    case pageDown, pageUp
    case halfPageDown, halfPageUp
    case top, bottom
    case nextSection, previousSection
    /// Move the focus to the next / previous key point of the highlights list.
    case nextKeyPoint, previousKeyPoint
    /// Jump to the section that best matches the focused key point.
    case followKeyPoint
    case openDialogue
    /// Another article without going back to the list.
    case step(ArticleStep)
    /// The source link and the clipboard.
    case share(SharingAction)
}

extension KeymapSection {
    public static let reader = KeymapSection(
        mode: .reader, title: "Reader",
        bindings: [
            KeyBinding([.character("j"), .down], .reader(.lineDown), "line down"),
            KeyBinding([.character("k"), .up], .reader(.lineUp), "line up"),
            KeyBinding([.space, .pageDown, .control("f")], .reader(.pageDown), "page down"),
            KeyBinding([.character("b"), .pageUp, .control("b")], .reader(.pageUp), "page up"),
            KeyBinding([.control("d")], .reader(.halfPageDown), "half a page down"),
            KeyBinding([.control("u")], .reader(.halfPageUp), "half a page up"),
            KeyBinding([.character("g"), .home], .reader(.top), "top of the article"),
            KeyBinding([.character("G"), .end], .reader(.bottom), "end of the article"),
            KeyBinding([.character("}"), .character("]")], .reader(.nextSection), "next section"),
            KeyBinding([.character("{"), .character("[")], .reader(.previousSection), "previous section"),
            KeyBinding([.tab], .reader(.nextKeyPoint), "next key point of the highlights list"),
            KeyBinding([.backTab], .reader(.previousKeyPoint), "previous key point"),
            KeyBinding([.enter], .reader(.followKeyPoint), "go to the section of the focused key point"),
            KeyBinding([.character("d")], .reader(.openDialogue), "dialogue view: turns (quotes in prose) by speaker"),
            KeyBinding([.character("h"), .left], .app(.back), "back to the list"),
        ] + ArticleStep.bindings { step in Action.reader(.step(step)) }
            + SharingAction.bindings { action in Action.reader(.share(action)) })
}
