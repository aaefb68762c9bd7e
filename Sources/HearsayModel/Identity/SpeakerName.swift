import Foundation

/// How a written label becomes a name and a key: the affiliation, a verb (`记者问`) and width, case and
/// script differences set aside. Keys are compared; names are shown.
enum SpeakerName {
    /// The label without a verb suffix: `记者问` → `记者`, `王某答` → `王某`; the affiliation stays (`记者（某报）`).
    static func withoutVerb(_ label: String) -> String {
        for verb in ["提问", "提問", "回答", "问", "答", "問"] where label.hasSuffix(verb) && label.count > verb.count {
            let base = String(label.dropLast(verb.count))
            // `主持人问`, `记者问`, `王某答`; but not `学问` or a one-character name plus 问.
            if base.count >= 2 { return base }
        }
        return label
    }

    /// The label without a trailing bracketed affiliation: `记者（某报）` → `记者`, `Reporter (Reuters)` → `Reporter`.
    static func withoutAffiliation(_ label: String) -> String {
        guard let last = label.last, last == ")" || last == "）" else { return label }
        let open: Character = last == ")" ? "(" : "（"
        guard let openIndex = label.lastIndex(of: open) else { return label }
        return label[..<openIndex].trimmingCharacters(in: .whitespaces)
    }

    /// Case, width, script and white space folded: `唐鳳` = `唐凤`, `ＡＩ` = `ai`, `Anna  Li` = `anna li`.
    static func fold(_ name: String) -> String {
        // NFKC changes nothing in ASCII, unified ideographs and kana, which is what names are mostly written in.
        let compatible = name.unicodeScalars.allSatisfy(isStableUnderNFKC) ? name : name.precomposedStringWithCompatibilityMapping
        let collapsed = compatible.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ").lowercased()
        return TraditionalToSimplified.fold(collapsed)
    }

    private static func isStableUnderNFKC(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (value >= 0x20 && value < 0x7F) || (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value)
            || (0x3041...0x3096).contains(value) || (0x30A1...0x30FA).contains(value) || value == 0xB7 || value == 0x30FB
    }

    /// The key by which labels are counted as the same voice: no verb, no affiliation, folded.
    static func evidenceKey(_ label: String) -> String {
        fold(withoutAffiliation(withoutVerb(label)))
    }

    /// A role, not a person: every article's `Guest` or `主持人` is someone else. Takes a folded key
    /// (`fold(_:)`), so that the look-up is cheap.
    static func isRole(_ key: String) -> Bool {
        let base = withoutAffiliation(key)
        if roles.contains(base) { return true }
        // `Speaker 1`, `嘉宾A`, `记者2`: a role word and a number or letter.
        var stem = Substring(base)
        while let last = stem.last, last.isASCII, last.isNumber || last == " " { stem.removeLast() }
        if stem.count == base.count, let last = stem.last, last.isASCII, last.isLetter,
           let before = stem.dropLast().last, !before.isASCII {
            stem.removeLast()
        }
        return stem.count < base.count && roles.contains(String(stem))
    }

    static let roles: Set<String> = [
        "主持人", "主持", "主播", "记者", "记", "嘉宾", "问", "答", "提问", "回答", "观众", "现场观众", "听众", "受访者", "采访者",
        "发言人", "网友", "学生", "提问者", "主持人甲", "主持人乙", "司会", "聞き手", "質問", "回答者", "インタビュアー", "一同",
        "host", "co-host", "cohost", "guest", "interviewer", "interviewee", "reporter", "question", "answer", "q", "a",
        "moderator", "audience", "audience member", "speaker", "narrator", "caller", "unknown", "unidentified speaker",
        "participant", "panelist", "anchor", "correspondent", "journalist", "student", "voice", "male", "female",
    ].reduce(into: Set<String>()) { $0.insert(fold($1)) }
}
