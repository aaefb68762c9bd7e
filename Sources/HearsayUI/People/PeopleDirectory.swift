import Foundation
import HearsayModel
import HearsaySearch

/// Every person across the coverage (`UtteranceIndex`) with the folded form of their names, so
/// the speakers view filters as the list filter matches: `ＡＮＮＡ` finds `Anna`, `唐鳳` finds `唐凤`.
public struct PeopleDirectory: Sendable {
    public let index: UtteranceIndex
    /// Per entry: its name and aliases, folded, one per line.
    private let foldedNames: [String]

    public init(index: UtteranceIndex) {
        self.index = index
        foldedNames = index.entries.map { entry in
            ([entry.name] + entry.aliases).map { FoldedText($0).string }.joined(separator: "\n")
        }
    }

    /// The entries (indices into `index.entries`, most utterances first) whose name or an alias
    /// contains `typed`, folded; every entry for an empty filter.
    public func entries(matching typed: String) -> [Int] {
        let needle = FoldedText(typed.trimmingCharacters(in: .whitespaces)).string
        guard !needle.isEmpty else { return Array(index.entries.indices) }
        return foldedNames.indices.filter { foldedNames[$0].contains(needle) }
    }
}
