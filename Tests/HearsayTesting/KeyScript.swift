import HearsayUI

/// Drives an `AppState` with keys written as a script: `"j j G"`, `"<Enter> <C-d> <PgDn>"`.
public enum KeyScript {
    /// The keys of `script`, split on spaces; `<Space>` for a space.
    public static func keys(_ script: String) -> [Key] {
        script.split(separator: " ").map { token in
            switch token {
            case "<Enter>": .enter
            case "<Esc>": .escape
            case "<Tab>": .tab
            case "<S-Tab>": .backTab
            case "<Space>": .space
            case "<Up>": .up
            case "<Down>": .down
            case "<Left>": .left
            case "<Right>": .right
            case "<PgUp>": .pageUp
            case "<PgDn>": .pageDown
            case "<Home>": .home
            case "<End>": .end
            default:
                if token.hasPrefix("<C-"), token.count == 5 {
                    .control(token[token.index(token.startIndex, offsetBy: 3)])
                } else {
                    .character(token.first!)
                }
            }
        }
    }

    /// Sends every key of `script` to `state`; returns all effects, in order.
    @discardableResult
    public static func send(_ script: String, to state: inout AppState) -> [Effect] {
        keys(script).flatMap { state.update(.key($0)) }
    }
}
