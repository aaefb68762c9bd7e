/// Our edits to ICU's break opportunities. ICU (UAX #14, `zh` tailoring) proposes; these rules
/// only ever remove opportunities, never add them, so the fill loop stays a plain greedy fill.
public struct BreakRules: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// No break inside a grapheme cluster (where UAX #14 and UAX #29 disagree: Prepend marks,
    /// emoji modifiers after non-emoji bases, unpaired regional indicators…).
    public static let keepGraphemes = BreakRules(rawValue: 1 << 0)
    /// No line starts with closing punctuation and its kin (`BreakRules.noLineStart`).
    public static let noLineStartPunctuation = BreakRules(rawValue: 1 << 1)
    /// No line ends with opening punctuation (`BreakRules.noLineEnd`).
    public static let noLineEndPunctuation = BreakRules(rawValue: 1 << 2)
    /// A number stays with the CJK unit after it: `1130亿`, `2024年` (UAX #14 allows `1130|亿`).
    public static let keepNumberWithUnit = BreakRules(rawValue: 1 << 3)
    /// `http://…`, `https://…` and `www.…` stay whole (ICU breaks after `/` and before `?`).
    public static let keepURLs = BreakRules(rawValue: 1 << 4)

    public static let all: BreakRules = [
        .keepGraphemes, .noLineStartPunctuation, .noLineEndPunctuation, .keepNumberWithUnit, .keepURLs,
    ]

    /// Characters that must not begin a line (the wrap oracle's set: closing brackets and quotes,
    /// sentence punctuation, ellipses, the prolonged-sound mark and small kana).
    public static let noLineStart: Set<UInt32> = Set(
        "，。、：；！？）］｝〕〉》」』】〙〗〟’”｠»ゝゞーァィゥェォッャュョヮヵヶぁぃぅぇぉっゃゅょゎゕゖ…‥・,.:;!?%)]}"
            .unicodeScalars.map(\.value)
    )

    /// Characters that must not end a line: opening brackets and quotes.
    public static let noLineEnd: Set<UInt32> = Set("“‘（［｛〔〈《「『【〘〖〝｟«([{".unicodeScalars.map(\.value))
}
