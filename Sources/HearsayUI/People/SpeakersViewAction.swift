/// What the speakers view (`P`) does.
public enum SpeakersViewAction: Sendable, Hashable {
    /// Opens the view (from any view).
    case open
    case move(ListMotion)
    /// Starts typing the filter (`/`).
    case typeFilter
    /// Opens the selected person's stream.
    case openStream
    case close
}

extension KeymapSection {
    public static let speakersEverywhere = KeymapSection(
        mode: .views, title: "People",
        bindings: [
            KeyBinding([.character("P")], .speakersView(.open), "every person across the coverage, then their stream")
        ])

    public static let speakersView = KeymapSection(
        mode: .speakersView, title: "Speakers view",
        bindings:
            ListMotion.bindings(
                .init(down: "next person", up: "previous person", top: "first person", bottom: "last person"),
                action: { .speakersView(.move($0)) }) + [
                KeyBinding([.character("/")], .speakersView(.typeFilter), "filter by name as you type (Enter keeps, Esc clears)"),
                KeyBinding([.enter], .speakersView(.openStream), "everything this person said, oldest article first"),
                KeyBinding([.character("q"), .escape, .character("P")], .speakersView(.close), "back"),
            ])
}
