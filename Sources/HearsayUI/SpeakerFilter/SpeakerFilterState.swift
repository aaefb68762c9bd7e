/// The speaker filter overlay: the article's speakers with a check box each.
public struct SpeakerFilterState: Sendable, Hashable {
    /// Row under the cursor: an index into `Article.speakers`.
    public var cursor: Int
    /// Checked speakers (indices into `Article.speakers`).
    public var checked: Set<Int>

    public init(cursor: Int = 0, checked: Set<Int>) {
        self.cursor = cursor
        self.checked = checked
    }
}

/// What the speaker filter does.
public enum SpeakerFilterAction: Sendable, Hashable {
    case down, up
    /// Check or uncheck the speaker under the cursor.
    case toggle
    /// Check only the speaker under the cursor.
    case only
    /// Check every speaker.
    case all
    /// Apply the filter and close.
    case apply
}

extension KeymapSection {
    public static let speakerFilter = KeymapSection(mode: .speakerFilter, title: "Speaker filter", bindings: [
        KeyBinding([.character("j"), .down], .speakerFilter(.down), "next speaker"),
        KeyBinding([.character("k"), .up], .speakerFilter(.up), "previous speaker"),
        KeyBinding([.space, .character("x")], .speakerFilter(.toggle), "show / hide this speaker"),
        KeyBinding([.character("o")], .speakerFilter(.only), "only this speaker"),
        KeyBinding([.character("a")], .speakerFilter(.all), "all speakers"),
        KeyBinding([.enter, .character("s"), .character("q"), .escape], .speakerFilter(.apply), "apply and close"),
    ])
}
