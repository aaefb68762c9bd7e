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

    /// Checks `speaker` when unchecked, unchecks it when checked.
    mutating func toggle(_ speaker: Int) {
        if checked.contains(speaker) { checked.remove(speaker) } else { checked.insert(speaker) }
    }
}

/// What the speaker filter does.
public enum SpeakerFilterAction: Sendable, Hashable {
    /// Move the cursor (the moves every list shares).
    case move(ListMotion)
    /// Check or uncheck the speaker under the cursor.
    case toggle
    /// Check or uncheck speaker number n (1-based, as the box numbers them), moving the cursor there.
    case toggleNumber(Int)
    /// Check only the speaker under the cursor.
    case only
    /// Check every speaker.
    case all
    /// Apply the filter and close.
    case apply
    /// Close, leaving the filter as it was before the box opened.
    case cancel
}

extension KeymapSection {
    public static let speakerFilter = KeymapSection(
        mode: .speakerFilter, title: "Speaker filter",
        bindings:
            // Space toggles here, so it does not page.
            ListMotion.bindings(
                .init(down: "next speaker", up: "previous speaker", top: "first speaker", bottom: "last speaker"),
                except: [.space], action: { .speakerFilter(.move($0)) }) + [
                KeyBinding([.space, .character("x")], .speakerFilter(.toggle), "show / hide this speaker"),
                KeyBinding([.character("1")], .speakerFilter(.toggleNumber(1)), "show / hide speaker 1–9", label: "1–9"),
            ]
            + (2...9).map { number in
                KeyBinding(
                    [.character(Character(String(number)))], .speakerFilter(.toggleNumber(number)),
                    "show / hide speaker \(number)", listedInHelp: false)
            } + [
                KeyBinding([.character("o")], .speakerFilter(.only), "only this speaker"),
                KeyBinding([.character("a")], .speakerFilter(.all), "all speakers"),
                KeyBinding([.enter, .character("s"), .character("q")], .speakerFilter(.apply), "apply and close"),
                KeyBinding([.escape], .speakerFilter(.cancel), "cancel the changes and close"),
            ])
}
