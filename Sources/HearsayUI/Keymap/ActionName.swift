/// The names `[keys]` in config.toml binds keys to (`"J" = "next-article"`): the actions of the
/// list, the reader and the dialogue view and those every view shares. One name may stand for
/// the same thing in several views (`next-article` in the reader and the dialogue view).
public enum ActionName {
    /// Name → the actions it binds, each in the views that have it.
    public static let table: [(name: String, actions: [Action])] = [
        ("quit", [.app(.quit)]),
        ("back", [.app(.back)]),
        ("help", [.app(.showHelp)]),
        ("redraw", [.app(.redraw)]),
        ("next-theme", [.theme(.cycle)]),
        ("next-article", [.reader(.step(.next)), .dialogue(.step(.next))]),
        ("previous-article", [.reader(.step(.previous)), .dialogue(.step(.previous))]),
        ("next-unread", [.reader(.step(.nextUnread)), .dialogue(.step(.nextUnread))]),
        ("open-source", [.reader(.share(.openSource)), .dialogue(.share(.openSource))]),
        ("copy", [.reader(.share(.copy)), .dialogue(.share(.copy))]),
        ("line-down", [.reader(.lineDown), .dialogue(.nextTurn), .list(.move(.down))]),
        ("line-up", [.reader(.lineUp), .dialogue(.previousTurn), .list(.move(.up))]),
        ("page-down", [.reader(.pageDown), .dialogue(.pageDown), .list(.move(.pageDown))]),
        ("page-up", [.reader(.pageUp), .dialogue(.pageUp), .list(.move(.pageUp))]),
        ("half-page-down", [.reader(.halfPageDown)]),
        ("half-page-up", [.reader(.halfPageUp)]),
        ("top", [.reader(.top), .dialogue(.firstTurn), .list(.move(.top))]),
        ("bottom", [.reader(.bottom), .dialogue(.lastTurn), .list(.move(.bottom))]),
        ("next-section", [.reader(.nextSection)]),
        ("previous-section", [.reader(.previousSection)]),
        ("dialogue", [.reader(.openDialogue)]),
        ("open", [.list(.open)]),
        ("sort", [.list(.cycleSort)]),
        ("same-speaker-next", [.dialogue(.nextBySameSpeaker)]),
        ("same-speaker-previous", [.dialogue(.previousBySameSpeaker)]),
        ("next-speaker-change", [.dialogue(.nextSpeakerChange)]),
        ("previous-speaker-change", [.dialogue(.previousSpeakerChange)]),
        ("speaker-filter", [.dialogue(.openSpeakerFilter)]),
        ("highlights", [.highlight(.openHighlightsView)]),
        ("toggle-read", [.highlight(.toggleRead)]),
    ]

    /// The actions `name` binds, `nil` for a name not in the table.
    public static func actions(named name: String) -> [Action]? {
        table.first { $0.name == name }?.actions
    }
}

extension Key {
    /// A key as config.toml writes it: one character (`J`, `?`), `Ctrl-n` (also `C-n`, `^N`), or a
    /// name: `Enter`, `Esc`, `Tab`, `Space`, `Up`, `Down`, `Left`, `Right`, `PgUp`, `PgDn`,
    /// `Home`, `End`, `Bksp`, `Del`, `F1`–`F12` (names in any case).
    public init?(configName text: String) {
        if text.count == 1, let character = text.first, !character.isWhitespace || character == " " {
            self = .character(character)
            return
        }
        let lower = text.lowercased()
        for prefix in ["ctrl-", "c-", "^"] where lower.hasPrefix(prefix) {
            let rest = lower.dropFirst(prefix.count)
            guard rest.count == 1, let letter = rest.first, letter.isASCII, letter.isLetter else { return nil }
            self = .control(letter)
            return
        }
        let named: [String: Key] = [
            "enter": .enter, "return": .enter, "esc": .escape, "escape": .escape, "tab": .tab, "s-tab": .backTab,
            "space": .space, "up": .up, "down": .down, "left": .left, "right": .right, "pgup": .pageUp,
            "pageup": .pageUp, "pgdn": .pageDown, "pagedown": .pageDown, "home": .home, "end": .end,
            "bksp": .backspace, "backspace": .backspace, "del": .delete, "delete": .delete,
        ]
        if let key = named[lower] {
            self = key
            return
        }
        if lower.hasPrefix("f"), let number = Int(lower.dropFirst()), (1...12).contains(number) {
            self = .function(number)
            return
        }
        return nil
    }
}
