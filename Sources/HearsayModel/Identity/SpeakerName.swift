import Foundation

/// How a written label becomes a name and a key: the affiliation, a verb (`记者问`) and width, case and
/// script differences set aside. Keys are compared; names are shown.
enum SpeakerName {
    /// The label without a verb suffix: `记者问` → `记者`, `王某答` → `王某`; the affiliation stays (`记者（某报）`).
    static func withoutVerb(_ label: String) -> String {
        let utf8 = label.utf8
        for verb in verbs where utf8.count > verb.count && utf8.suffix(verb.count).elementsEqual(verb) {
            let base = String(decoding: utf8.dropLast(verb.count), as: UTF8.self)
            // `主持人问`, `记者问`, `王某答`; but not `学问` or a one-character name plus 问.
            if base.unicodeScalars.count >= 2 { return base }
        }
        return label
    }

    private static let verbs: [[UInt8]] = ["提问", "提問", "回答", "问", "答", "問"].map { Array($0.utf8) }

    /// The label without a trailing bracketed affiliation: `记者（某报）` → `记者`, `Reporter (Reuters)` → `Reporter`.
    static func withoutAffiliation(_ label: String) -> String {
        guard let last = label.last, last == ")" || last == "）" else { return label }
        let open: Character = last == ")" ? "(" : "（"
        guard let openIndex = label.lastIndex(of: open) else { return label }
        return label[..<openIndex].trimmingCharacters(in: .whitespaces)
    }

    /// Case, width, script and white space folded: `唐鳳` = `唐凤`, `ＡＩ` = `ai`, `Anna  Li` = `anna li`. Each step runs
    /// only when the name needs it (folding runs for every label of every file).
    static func fold(_ name: String) -> String {
        var needsNFKC = false
        var needsCase = false
        var needsSpaces = false
        var hasIdeographs = false
        var previousIsSpace = true
        for scalar in name.unicodeScalars {
            let value = scalar.value
            if value >= 0x3400 && value <= 0x9FFF {
                hasIdeographs = true
            } else if !isStableUnderNFKC(scalar) {
                needsNFKC = true
            }
            if value >= 0x41 && value <= 0x5A { needsCase = true }
            if value >= 0x80, !needsCase, scalar.properties.changesWhenLowercased { needsCase = true }
            let isSpace = scalar.properties.isWhitespace
            if isSpace && (previousIsSpace || value != 0x20) { needsSpaces = true }
            previousIsSpace = isSpace
        }
        if previousIsSpace, !name.isEmpty { needsSpaces = true }
        var text = needsNFKC ? name.precomposedStringWithCompatibilityMapping : name
        if needsNFKC || needsSpaces { text = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ") }
        if needsNFKC || needsCase { text = text.lowercased() }
        return needsNFKC || hasIdeographs ? TraditionalToSimplified.fold(text) : text
    }

    private static func isStableUnderNFKC(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (value >= 0x20 && value < 0x7F) || (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value)
            || (0x3041...0x3096).contains(value) || (0x30A1...0x30FA).contains(value) || value == 0xB7 || value == 0x30FB
    }

    /// A folded key without its affiliation, still folded (folding again only when there was one to take off).
    static func foldedWithoutAffiliation(_ key: String) -> String {
        let base = withoutAffiliation(key)
        return base.utf8.count == key.utf8.count ? key : fold(base)
    }

    /// The key by which labels are counted as the same voice: no verb, no affiliation, folded.
    static func evidenceKey(_ label: String) -> String {
        fold(withoutAffiliation(withoutVerb(label)))
    }

    /// A role, not a person: every article's `Guest` or `主持人` is someone else. Takes a folded key
    /// (`fold(_:)`), so that the look-up is cheap.
    static func isRole(_ key: String) -> Bool {
        // The longest role word is 20 bytes (`unidentified speaker`); with a number, an affiliation, a little more.
        guard key.utf8.count <= 24 || key.last == ")" else { return false }
        let base = withoutAffiliation(key)
        if roles.contains(Array(base.utf8)) { return true }
        // `Speaker 1`, `嘉宾A`, `记者2`: a role word and a number or letter.
        var stem = Substring(base)
        while let last = stem.last, last.isASCII, last.isNumber || last == " " { stem.removeLast() }
        if stem.count == base.count, let last = stem.last, last.isASCII, last.isLetter,
            let before = stem.dropLast().last, !before.isASCII
        {
            stem.removeLast()
        }
        return stem.count < base.count && roles.contains(Array(stem.utf8))
    }

    /// Folded role words as bytes (hashing bytes is much cheaper than hashing CJK strings).
    static let roles: Set<[UInt8]> = [
        "主持人", "主持", "主播", "记者", "记", "嘉宾", "问", "答", "提问", "回答", "观众", "现场观众", "听众", "受访者", "采访者",
        "发言人", "网友", "学生", "提问者", "主持人甲", "主持人乙", "司会", "聞き手", "質問", "回答者", "インタビュアー", "一同",
        "host", "co-host", "cohost", "guest", "interviewer", "interviewee", "reporter", "question", "answer", "q", "a",
        "moderator", "audience", "audience member", "speaker", "narrator", "caller", "unknown", "unidentified speaker",
        "participant", "panelist", "anchor", "correspondent", "journalist", "student", "voice", "male", "female",
    ].reduce(into: Set<[UInt8]>()) { $0.insert(Array(fold($1).utf8)) }
}
