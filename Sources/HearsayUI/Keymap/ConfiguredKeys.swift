import HearsayTheme

/// `[keys]` of config.toml applied to a keymap: each line binds its key to the named action in
/// every view that has it, in place of what the key did there; the action keeps its own keys too.
/// Help is generated from the keymap, so it lists the keys as bound.
public struct ConfiguredKeys {
    /// One `[keys]` line, as config.toml's reader gives it.
    public typealias Line = HearsayConfig.ConfiguredKey

    /// The keymap with the lines that make sense bound.
    public private(set) var keymap: Keymap
    /// One message per line left out: `line 12: keys.J: unknown action 'nxt' (…)`.
    public private(set) var problems: [String] = []

    /// Keys that keep their meaning whatever the config says: Ctrl-C must always quit.
    static let fixed: Set<Key> = [.control("c")]

    public init(_ lines: [Line], base: Keymap = .standard) {
        keymap = base
        for line in lines {
            let place = (line.line.map { "line \($0): " } ?? "") + "keys.\(line.key): "
            guard let key = Key(configName: line.key) else {
                problems.append(place + "not a key (one character, Ctrl-x, Enter, Esc, Tab, Space, Up, PgDn, Home, F1…)")
                continue
            }
            guard !Self.fixed.contains(key) else {
                problems.append(place + "Ctrl-c always quits")
                continue
            }
            guard let actions = ActionName.actions(named: line.action) else {
                let known = ActionName.table.map(\.name).joined(separator: ", ")
                problems.append(place + "unknown action '\(line.action)' (known: \(known))")
                continue
            }
            for action in actions { keymap.bind(key, to: action) }
        }
    }
}

extension Keymap {
    /// Binds `key` to `action` in every mode with a binding of `action`, taking it from the
    /// binding that had it there; the action's other keys stay.
    mutating func bind(_ key: Key, to action: Action) {
        let modes = Set(sections.filter { $0.bindings.contains { $0.action == action } }.map(\.mode))
        guard !modes.isEmpty else { return }
        var changed = sections
        for index in changed.indices where modes.contains(changed[index].mode) {
            for binding in changed[index].bindings.indices {
                var entry = changed[index].bindings[binding]
                entry.keys.removeAll { $0 == key }
                if entry.action == action {
                    entry.keys.insert(key, at: 0)
                    entry.label = entry.label.map { key.displayName + " " + $0 }
                } else if entry.keys.isEmpty {
                    // Its only key went elsewhere: help no longer lists it.
                    entry.listedInHelp = false
                }
                changed[index].bindings[binding] = entry
            }
        }
        self = Keymap(sections: changed)
    }
}
