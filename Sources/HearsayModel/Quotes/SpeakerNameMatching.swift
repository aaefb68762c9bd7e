import Foundation

/// How a quote's speaker is matched to a turn's speaker and to a name the user types: by display
/// name, folded for case and width (`ＡＩ` = `ai`, `Thomas WOLF` = `thomas wolf`), white space collapsed.
///
/// The one place that decides "same person"; a coverage-wide speaker identity replaces it.
public enum SpeakerNameMatching {
    /// The folded name: equal keys are the same speaker.
    public static func key(_ name: String) -> String {
        name.precomposedStringWithCompatibilityMapping.lowercased()
            .split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Whether `name` contains what the user typed (folded the same way).
    public static func name(_ name: String, matches query: String) -> Bool {
        let wanted = key(query)
        return !wanted.isEmpty && key(name).contains(wanted)
    }
}
