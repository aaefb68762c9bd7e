/// What the dialogue view does. Every move lands the cursor on a shown turn.
public enum DialogueAction: Sendable, Hashable {
    case nextTurn, previousTurn
    case firstTurn, lastTurn
    case pageDown, pageUp
    case nextBySameSpeaker, previousBySameSpeaker
    /// The next turn of the n-th speaker shown (1-based, in article order; all speakers unfiltered).
    case nextBySpeakerNumber(Int)
    case nextSpeakerChange, previousSpeakerChange
    /// The next / previous article (in list order) where the speaker under the cursor speaks.
    case nextArticleWithSpeaker, previousArticleWithSpeaker
    /// Open the reader at the turn under the cursor.
    case openInReader
    case openSpeakerFilter
    /// Another article without going back to the list.
    case step(ArticleStep)
    /// The source link and the clipboard.
    case share(SharingAction)
    /// Show / hide the dimmed turn before each shown turn of a filtered view.
    case toggleContext
}

extension KeymapSection {
    public static let dialogue = KeymapSection(
        mode: .dialogue, title: "Dialogue view",
        bindings: [
            KeyBinding([.character("j"), .down], .dialogue(.nextTurn), "next turn"),
            KeyBinding([.character("k"), .up], .dialogue(.previousTurn), "previous turn"),
            KeyBinding([.character("g"), .home], .dialogue(.firstTurn), "first turn"),
            KeyBinding([.character("G"), .end], .dialogue(.lastTurn), "last turn"),
            KeyBinding([.pageDown, .space, .control("d")], .dialogue(.pageDown), "a screenful of turns down"),
            KeyBinding([.pageUp, .character("b"), .control("u")], .dialogue(.pageUp), "a screenful of turns up"),
            KeyBinding([.character("J")], .dialogue(.nextBySameSpeaker), "next turn by the same speaker"),
            KeyBinding([.character("K")], .dialogue(.previousBySameSpeaker), "previous turn by the same speaker"),
            KeyBinding(
                [.character("1")], .dialogue(.nextBySpeakerNumber(1)), "next turn of the 1st–9th speaker shown",
                label: "1–9"),
        ]
            + (2...9).map { number in
                KeyBinding(
                    [.character(Character(String(number)))], .dialogue(.nextBySpeakerNumber(number)),
                    "next turn of speaker \(number) shown", listedInHelp: false)
            } + [
                KeyBinding([.character(">"), .character("w")], .dialogue(.nextSpeakerChange), "next change of speaker"),
                KeyBinding([.character("<"), .character("W")], .dialogue(.previousSpeakerChange), "previous change of speaker"),
                KeyBinding([.character("]")], .dialogue(.nextArticleWithSpeaker), "next article where this speaker speaks or is quoted"),
                KeyBinding(
                    [.character("[")], .dialogue(.previousArticleWithSpeaker), "previous article where this speaker speaks or is quoted"),
                KeyBinding([.character("s")], .dialogue(.openSpeakerFilter), "choose the speakers shown"),
                KeyBinding([.character("c")], .dialogue(.toggleContext), "filtered: show / hide the turn before each, dimmed"),
                KeyBinding([.enter], .dialogue(.openInReader), "read this turn in the article"),
            ] + ArticleStep.bindings { step in Action.dialogue(.step(step)) }
            + SharingAction.bindings { action in Action.dialogue(.share(action)) })
}
