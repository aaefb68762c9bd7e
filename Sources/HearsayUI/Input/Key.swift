/// A key press, as the backend decodes it: the vocabulary of the keymap.
public enum Key: Sendable, Hashable {
    /// A printable character (`j`, `G`, `?`, `1`, space).
    case character(Character)
    /// Ctrl with a letter: `.control("d")` is Ctrl-D.
    case control(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete
    case function(Int)

    public static let space = Key.character(" ")

    /// How the help overlay writes the key: `j`, `Ctrl-d`, `PgDn`, `Space`.
    public var displayName: String {
        switch self {
        case .character(" "): "Space"
        case .character(let c): String(c)
        case .control(let c): "Ctrl-\(c)"
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .enter: "Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "S-Tab"
        case .backspace: "Bksp"
        case .delete: "Del"
        case .function(let n): "F\(n)"
        }
    }
}
