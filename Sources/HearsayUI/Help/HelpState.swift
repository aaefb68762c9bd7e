/// The help overlay: how far it is scrolled.
public struct HelpState: Sendable, Hashable {
    /// First help line on screen.
    public var top: Int = 0

    public init(top: Int = 0) { self.top = top }
}

/// What the help overlay does.
public enum HelpAction: Sendable, Hashable {
    case down, up, pageDown, pageUp, top, bottom, close
}

extension KeymapSection {
    public static let help = KeymapSection(mode: .help, title: "Help", bindings: [
        KeyBinding([.character("j"), .down], .help(.down), "scroll down"),
        KeyBinding([.character("k"), .up], .help(.up), "scroll up"),
        KeyBinding([.pageDown, .space], .help(.pageDown), "page down"),
        KeyBinding([.pageUp, .character("b")], .help(.pageUp), "page up"),
        KeyBinding([.character("g"), .home], .help(.top), "first line"),
        KeyBinding([.character("G"), .end], .help(.bottom), "last line"),
        KeyBinding([.character("q"), .escape, .character("?")], .help(.close), "close the help"),
    ])
}
