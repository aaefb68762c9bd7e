/// What the highlights view (`H`) does.
public enum HighlightsViewAction: Sendable, Hashable {
    /// The moves every list shares (a page is half the rows: a highlight may take two, its note).
    case move(ListMotion)
    /// Show only colour 1...5 (`nil`: every colour).
    case filter(Int?)
    /// Open the selected highlight in its article.
    case jump
    case close
}

extension KeymapSection {
    public static let highlightsView = KeymapSection(
        mode: .highlightsView, title: "Highlights view",
        bindings:
            ListMotion.bindings(
                .init(
                    down: "next highlight", up: "previous highlight", top: "first highlight",
                    bottom: "last highlight"), action: { .highlightsView(.move($0)) }) + [
                KeyBinding([.enter], .highlightsView(.jump), "go to the highlight in its article")
            ]
            + (1...5).map { color in
                KeyBinding(
                    [.character(Character(String(color)))], .highlightsView(.filter(color)), "only colour 1–5",
                    label: "1–5", listedInHelp: color == 1)
            } + [
                KeyBinding([.character("0")], .highlightsView(.filter(nil)), "every colour"),
                KeyBinding([.character("q"), .escape, .character("H")], .highlightsView(.close), "back"),
            ])
}
