/// What the highlights view (`H`) does.
public enum HighlightsViewAction: Sendable, Hashable {
    case down, up, top, bottom, pageDown, pageUp
    /// Show only colour 1...5 (`nil`: every colour).
    case filter(Int?)
    /// Open the selected highlight in its article.
    case jump
    case close
}

extension KeymapSection {
    public static let highlightsView = KeymapSection(mode: .highlightsView, title: "Highlights view", bindings: [
        KeyBinding([.character("j"), .down], .highlightsView(.down), "next highlight"),
        KeyBinding([.character("k"), .up], .highlightsView(.up), "previous highlight"),
        KeyBinding([.character("g"), .home], .highlightsView(.top), "first highlight"),
        KeyBinding([.character("G"), .end], .highlightsView(.bottom), "last highlight"),
        KeyBinding([.pageDown, .space, .control("f")], .highlightsView(.pageDown), "page down"),
        KeyBinding([.pageUp, .character("b"), .control("b")], .highlightsView(.pageUp), "page up"),
        KeyBinding([.enter], .highlightsView(.jump), "go to the highlight in its article"),
    ] + (1...5).map { colour in
        KeyBinding([.character(Character(String(colour)))], .highlightsView(.filter(colour)), "only colour 1–5",
                   label: "1–5", listedInHelp: colour == 1)
    } + [
        KeyBinding([.character("0")], .highlightsView(.filter(nil)), "every colour"),
        KeyBinding([.character("q"), .escape, .character("H")], .highlightsView(.close), "back"),
    ])
}
