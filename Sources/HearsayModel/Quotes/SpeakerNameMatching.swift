import Foundation

/// How a name the user types (`--speaker`, `speaker:`) is matched to a speaker's name: folded as speaker identity
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

    /// The one candidate a typed name stands for, by the first of these that finds any: a name equal to it
    /// (folded), a name or a word of a name starting with it (`Wolf` → `Thomas Wolf`, `阿莫` → `达里奥·阿莫迪`),
    /// a name containing it. `names` gives each candidate's spellings (its name first). Throws when no candidate
    /// or more than one is found, naming the candidates.
    public static func resolve<Candidate>(
        _ typed: String, among candidates: [Candidate], names: (Candidate) -> [String]
    ) throws(SpeakerLookupError) -> Candidate {
        let wanted = key(typed)
        let keyed = candidates.map { candidate in (candidate, names(candidate).map(key)) }
        let tiers: [(String) -> Bool] = [
            { $0 == wanted },
            { name in name.hasPrefix(wanted) || words(of: name).contains { $0.hasPrefix(wanted) } },
            { $0.contains(wanted) },
        ]
        for tier in tiers where !wanted.isEmpty {
            let found = keyed.filter { $0.1.contains(where: tier) }
            if found.count == 1 { return found[0].0 }
            if found.count > 1 {
                throw SpeakerLookupError(typed: typed, isAmbiguous: true, candidates: found.compactMap { names($0.0).first })
            }
        }
        throw SpeakerLookupError(typed: typed, isAmbiguous: false, candidates: candidates.compactMap { names($0).first })
    }

    /// The words of a folded name: split at spaces and at the middle dots of transcribed names (`达里奥·阿莫迪`).
    private static func words(of name: String) -> [Substring] {
        name.split(whereSeparator: { $0 == " " || $0 == "·" || $0 == "・" || $0 == "•" || $0 == "-" })
    }
}

/// A typed speaker name that stands for no one, or for several people: the message names who it could be.
public struct SpeakerLookupError: Error, Sendable, Equatable, CustomStringConvertible {
    public var typed: String
    public var isAmbiguous: Bool
    /// The names it matched (ambiguous), or everyone it could have named (unknown), in the order given.
    public var candidates: [String]
    /// Where the name was looked up (an article id), when not the whole coverage.
    public var scope: String?

    public init(typed: String, isAmbiguous: Bool, candidates: [String], scope: String? = nil) {
        self.typed = typed
        self.isAmbiguous = isAmbiguous
        self.candidates = candidates
        self.scope = scope
    }

    /// How many candidates a message lists before `…`.
    static let listed = 10

    public var description: String {
        let shown = candidates.prefix(Self.listed).joined(separator: ", ") + (candidates.count > Self.listed ? ", …" : "")
        let place = scope.map { " in \($0)" } ?? ""
        if isAmbiguous { return "speaker '\(typed)'\(place) could be any of: \(shown) (give more of the name)" }
        return "no speaker '\(typed)'\(place)" + (candidates.isEmpty ? " (no one speaks or is quoted)" : "; speakers include: \(shown)")
    }
}
