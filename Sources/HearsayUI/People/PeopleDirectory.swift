import Foundation
import HearsayModel
import HearsaySearch

/// The speakers view's filter over every person (`UtteranceIndex`): names and aliases folded as
/// the list filter folds them, so `ＡＮＮＡ` finds `Anna` and `唐鳳` finds `唐凤`.
public enum PeopleDirectory {
    /// Per entry of `index`: its name and aliases, folded, one per line.
    public static func foldedNames(of index: UtteranceIndex) -> [String] {
        index.entries.map { entry in
            ([entry.name] + entry.aliases).map { FoldedText($0).string }.joined(separator: "\n")
        }
    }

    /// The entries (indices into `UtteranceIndex.entries`, most utterances first) whose name or an
    /// alias contains `typed`, folded; every entry for an empty filter (without folding a name).
    public static func entries(matching typed: String, count: Int, foldedNames: () -> [String]) -> [Int] {
        let needle = FoldedText(typed.trimmingCharacters(in: .whitespaces)).string
        guard !needle.isEmpty else { return Array(0..<count) }
        let names = foldedNames()
        return names.indices.filter { names[$0].contains(needle) }
    }
}
