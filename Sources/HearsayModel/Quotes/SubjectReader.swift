/// A person (or a document) as the text names them: the name and the title written with it.
struct NamedSource: Hashable {
    var name: String
    var title: String?
}

/// What the words before a speech verb (or after a quote) say about who speaks.
enum SourceSubject: Hashable {
    case named(NamedSource)
    /// `他`, `她`, `he`, `she`: the person last named.
    case pronoun
    /// Nothing a reader could call one person (`他们`, `报告`, a long phrase).
    case unknown
}

/// Reads the subject of a speech verb: strips the adverbials between name and verb (`在…上`,
/// `接受…采访时`, `也`), splits a title from the name, and recognises pronouns.
struct SubjectReader {
    /// Names already found in the article, matched before guessing where a name ends.
    var knownNames: [String] = []

    // MARK: Chinese

    func readChinese(_ raw: String) -> SourceSubject {
        var subject = Self.removingParentheticals(raw).trimmingSpaces()
        subject = Self.strippingLeadingConnectives(subject)
        subject = strippingTrailingAdverbials(subject)
        guard !subject.isEmpty else { return .unknown }
        if SpeechCues.chineseSingularPronouns.contains(subject) { return .pronoun }
        if SpeechCues.chinesePluralPronouns.contains(subject) { return .unknown }
        if subject.hasPrefix("《"), subject.hasSuffix("》"), subject.count > 2 {
            return .named(NamedSource(name: String(subject.dropFirst().dropLast()), title: nil))
        }
        if let latin = Self.trailingLatinName(subject) {
            return .named(NamedSource(name: latin.name, title: Self.title(from: latin.before)))
        }
        if let known = knownNames.filter({ subject.hasSuffix($0) }).max(by: { $0.count < $1.count }) {
            return .named(NamedSource(name: known, title: Self.title(from: String(subject.dropLast(known.count)))))
        }
        if let known = knownNames.filter({ subject.hasPrefix($0) }).max(by: { $0.count < $1.count }) {
            return .named(NamedSource(name: known, title: nil))
        }
        if let split = Self.splitAtLastTitleWord(subject) { return .named(split) }
        if Self.isBareChineseName(subject) { return .named(NamedSource(name: subject, title: nil)) }
        return .unknown
    }

    /// `在2月10日的开幕演讲上`, `接受CNN采访时`, `对记者`, `也`, `不无骄傲地`: removed from the end, repeatedly.
    func strippingTrailingAdverbials(_ text: String) -> String {
        var subject = text
        var changed = true
        while changed, !subject.isEmpty {
            changed = false
            if let adverb = SpeechCues.adverb(endingOf: subject) {
                subject = String(subject.unicodeScalars.dropLast(adverb)).trimmingSpaces()
                changed = true
                continue
            }
            for marker in ["在接受", "接受", "在", "於", "于", "对", "對", "向", "据", "據"] {
                guard let range = subject.lastScalarRange(of: marker), range.lowerBound > subject.startIndex else { continue }
                let rest = subject[range.upperBound...]
                let isPhrase: Bool
                switch marker {
                case "在接受", "接受": isPhrase = rest.count <= 30
                case "对", "對", "向":
                    // `对记者`, `向媒体`: an addressee, not `投反对票的议员`.
                    isPhrase = [
                        "记者", "記者", "媒体", "媒體", "外界", "本报", "本報", "听众", "聽眾", "观众", "觀眾", "与会者",
                        "與會者", "此", "他", "她", "我们", "我們",
                    ].contains { rest.hasSuffix($0) }
                default:
                    isPhrase =
                        rest.count <= 30
                        && ["上", "中", "时", "時", "里", "裡", "期间", "期間", "后", "後", "前", "之际", "之際", "会", "會"]
                            .contains { rest.hasSuffix($0) }
                }
                if isPhrase {
                    subject = String(subject[..<range.lowerBound]).trimmingSpaces()
                    changed = true
                    break
                }
            }
            if !changed, subject.hasSuffix("地"), let known = knownNames.first(where: { subject.hasPrefix($0) }) {
                subject = known
            }
        }
        return subject
    }

    static func strippingLeadingConnectives(_ text: String) -> String {
        var subject = text
        for connective in ["不过", "不過", "但是", "此外", "另外", "同时", "同時", "对此", "對此", "随后", "隨後", "其中", "而", "但", "并", "並"]
        where subject.hasPrefix(connective) && subject.count > connective.count + 1 {
            subject = String(subject.dropFirst(connective.count))
            break
        }
        return subject.trimmingSpaces()
    }

    /// The name after the last title word (`法国总统` `马克龙`), when what follows it is a name.
    static func splitAtLastTitleWord(_ subject: String) -> NamedSource? {
        let scalars = Array(subject.unicodeScalars)
        let set = PatternSet.titleWords
        guard let end = set.matches(in: scalars).map({ $0.start + set.patterns[$0.pattern].count }).max() else { return nil }
        let name = String(String.UnicodeScalarView(scalars[end...])).trimmingSpaces()
        guard isBareChineseName(name) || trailingLatinName(name)?.before.isEmpty == true else { return nil }
        return NamedSource(name: name, title: String(String.UnicodeScalarView(scalars[..<end])).trimmingSpaces())
    }

    /// 2 to 4 Han characters, or parts joined by a middle dot (`亚瑟·门施`), that are not a group noun.
    static func isBareChineseName(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard !SpeechCues.chineseNonPersons.contains(text),
            !["们", "們", "层", "層", "人士", "方面", "报告", "報告", "报道", "報導", "机构", "機構"].contains(where: { text.hasSuffix($0) })
        else { return false }
        if scalars.contains(where: SpeechCues.isNameDot) {
            return scalars.count <= 12 && scalars.allSatisfy { SpeechCues.isHan($0) || SpeechCues.isNameDot($0) }
                && !SpeechCues.isNameDot(scalars.first!) && !SpeechCues.isNameDot(scalars.last!)
        }
        return (2...4).contains(scalars.count) && scalars.allSatisfy(SpeechCues.isHan)
    }

    /// A title is kept when it names a role (`总统`, `创始人`); `美国的` before `Politico` is not one.
    static func title(from text: String) -> String? {
        var title = text.trimmingSpaces()
        // `由法国总统马克龙和印度总理莫迪`: the title of the last name begins after the last `和`.
        if let joint = title.lastIndex(where: { "和与與及由、".contains($0) }) {
            let last = String(title[title.index(after: joint)...])
            if PatternSet.titleWords.occurs(in: last) { title = last }
        }
        for example in ["例如", "比如", "包括", "如", "像"] where title.hasPrefix(example) && title.count > example.count + 1 {
            title.removeFirst(example.count)
            break
        }
        while let last = title.last, "，,、 ".contains(last) { title.removeLast() }
        guard !title.isEmpty else { return nil }
        let lowered = title.lowercased()
        let isRole =
            PatternSet.titleWords.occurs(in: title)
            || lowered.split(whereSeparator: { !$0.isLetter && $0 != "-" }).contains { SpeechCues.englishTitleWords.contains(String($0)) }
        return isRole ? title : nil
    }

    /// A run of capitalised Latin words at the end of `text` (`Arthur Mensch`), without a leading
    /// title word (`CEO`), and what stands before it.
    static func trailingLatinName(_ text: String) -> (name: String, before: String)? {
        let words = text.split(separator: " ", omittingEmptySubsequences: false)
        guard let lastWord = words.last, !lastWord.isEmpty else { return nil }
        // The last word may be glued to Han text before it (`创始人Arthur`): split it there.
        var nameWords: [Substring] = []
        var before = ""
        var index = words.count - 1
        while index >= 0 {
            let word = words[index]
            let latinTail = word.reversed().prefix { character in
                // ASCII or fullwidth (`Ｔｈｏｍａｓ`) Latin letters, hyphens, apostrophes, initials' dots.
                let isLatin = character.isASCII || (0xFF21...0xFF5A).contains(character.unicodeScalars.first!.value)
                return isLatin && (character.isLetter || character == "-" || character == "'" || character == ".")
            }
            let tail = String(latinTail.reversed())
            let isNameWord = tail.first?.isUppercase == true || ["de", "van", "von", "der", "bin", "al", "da", "du", "le"].contains(tail)
            guard !tail.isEmpty, isNameWord, !SpeechCues.englishTitleWords.contains(tail.lowercased()) else {
                before = words[...index].joined(separator: " ")
                break
            }
            nameWords.insert(Substring(tail), at: 0)
            if tail.count < word.count {
                before = (words[..<index] + [word.dropLast(tail.count)]).joined(separator: " ")
                break
            }
            index -= 1
        }
        while let first = nameWords.first, first.first?.isLowercase == true { before += " " + first; nameWords.removeFirst() }
        guard !nameWords.isEmpty, !["The", "It", "This", "That", "But", "And", "A", "An", "In", "As"].contains(nameWords.first!),
            nameWords.count <= 4, !(nameWords.count == 1 && nameWords[0].allSatisfy(\.isUppercase) && nameWords[0].count <= 4)
        else { return nil }
        return (nameWords.joined(separator: " "), before.trimmingSpaces())
    }

    // MARK: English

    func readEnglish(_ raw: String) -> SourceSubject {
        var subject = raw.trimmingSpaces()
        while let last = subject.last, ",;:".contains(last) { subject.removeLast() }
        subject = subject.trimmingSpaces()
        guard !subject.isEmpty else { return .unknown }
        let lowered = subject.lowercased()
        if SpeechCues.englishSingularPronouns.contains(lowered) { return .pronoun }
        if ["they", "we", "i", "you", "it"].contains(lowered) { return .unknown }
        let parts = subject.components(separatedBy: ", ").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
        if parts.count >= 2 {
            // `Satya Nadella, Microsoft's chief executive` or `Microsoft's chief executive, Satya Nadella`.
            for (index, part) in parts.enumerated() {
                if let name = Self.trailingLatinName(part), name.before.isEmpty {
                    let others = parts.enumerated().filter { $0.offset != index }.map(\.element).joined(separator: ", ")
                    return .named(NamedSource(name: name.name, title: Self.title(from: others)))
                }
            }
            return .unknown
        }
        guard let found = Self.trailingLatinName(subject) else { return .unknown }
        var title = found.before
        for article in ["the ", "The ", "a ", "A ", "an ", "An "] where title.hasPrefix(article) {
            title.removeFirst(article.count)
        }
        if let known = knownNames.first(where: { $0.hasSuffix(" " + found.name) }), found.before.isEmpty {
            return .named(NamedSource(name: known, title: nil))
        }
        return .named(NamedSource(name: found.name, title: Self.title(from: title)))
    }

    static func removingParentheticals(_ text: String) -> String {
        var result = ""
        var depth = 0
        for character in text {
            if character == "（" || character == "(" { depth += 1; continue }
            if character == "）" || character == ")" { depth = max(0, depth - 1); continue }
            if depth == 0 { result.append(character) }
        }
        return result
    }
}

extension StringProtocol {
    func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        var trimmed = String.UnicodeScalarView()
        trimmed.append(contentsOf: scalars[first...last])
        return String(trimmed)
    }
}
