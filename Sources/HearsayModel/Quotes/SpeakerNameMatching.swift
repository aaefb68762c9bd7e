import Foundation

/// How a name the user types (`--speaker`) is matched to a speaker's name: folded as speaker identity
/// folds names (case, width, script: `ＡＩ` = `ai`, `Thomas WOLF` = `thomas wolf`, `唐鳳` = `唐凤`),
/// white space collapsed.
public enum SpeakerNameMatching {
    /// The folded name: equal keys are the same speaker.
    public static func key(_ name: String) -> String {
        SpeakerName.fold(name)
    }

    /// Whether `name` contains what the user typed (folded the same way).
    public static func name(_ name: String, matches query: String) -> Bool {
        let wanted = key(query)
        return !wanted.isEmpty && key(name).contains(wanted)
    }
}
