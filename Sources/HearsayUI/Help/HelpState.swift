/// The help overlay: how far it is scrolled.
public struct HelpState: Sendable, Hashable {
    /// First help line on screen.
    public var top: Int = 0

    public init(top: Int = 0) { self.top = top }
}

/// What the help overlay does.
public enum HelpAction: Sendable, Hashable {
    /// Scroll (the moves every list shares, and half pages as in the reader).
    case move(ListMotion)
    case close
}

extension KeymapSection {
    public static let help = KeymapSection(
        mode: .help, title: "Help",
        bindings:
            ListMotion.bindings(
                .init(down: "scroll down", up: "scroll up", top: "first line", bottom: "last line"),
                motions: ListMotion.basic + [.halfPageDown, .halfPageUp], action: { .help(.move($0)) }) + [
                KeyBinding([.character("q"), .escape, .character("?")], .help(.close), "close the help")
            ])
}
