/// The people an article names, where, and with which title: what a pronoun stands for (the
/// person last named) and the title to give a quote whose sentence names its speaker bare.
struct PersonMentions {
    /// Names in the order first found.
    private(set) var names: [String] = []
    /// The first title written with each name.
    private(set) var titles: [String: String] = [:]
    /// Every place a known name stands outside quotations, in text order.
    private(set) var mentions: [(index: Int, name: String)] = []

    init(prose: ProseText, insideQuote: (Int) -> Bool) {
        let reader = SubjectReader()
        for block in prose.blockStarts.indices where prose.isProse(block: block) {
            let range = prose.blockStarts[block]..<prose.blockEnds[block]
            findTitledNames(in: prose, range: range, insideQuote: insideQuote)
            findSpeechSubjects(in: prose, range: range, reader: reader, insideQuote: insideQuote)
            let words = LatinWord.words(in: prose, range: range)
            findEnglishTitledNames(in: words)
            findEnglishSpeechSubjects(in: words, reader: reader)
        }
        // Longest names first, so that `莫迪` is not found inside `阿莫迪`.
        var found: [(index: Int, name: String)] = []
        let byLength = names.sorted { $0.unicodeScalars.count > $1.unicodeScalars.count }
        let namePatterns = PatternSet(byLength)
        for block in prose.blockStarts.indices where prose.isProse(block: block) && !byLength.isEmpty {
            let range = prose.blockStarts[block]..<prose.blockEnds[block]
            var coveredUntil = range.lowerBound
            for (index, which) in prose.occurrences(ofAny: namePatterns, in: range) where !insideQuote(index) && index >= coveredUntil {
                let name = byLength[which]
                found.append((index, name))
                coveredUntil = index + namePatterns.patterns[which].count
                if titles[name] == nil, let title = Self.title(endingAt: index, in: prose, range: range) { titles[name] = title }
            }
        }
        mentions = found.sorted { $0.index != $1.index ? $0.index < $1.index : $0.name.count > $1.name.count }
    }

    /// The person named last before `index`, with their title.
    func lastPerson(before index: Int) -> NamedSource? {
        guard let mention = mentions.last(where: { $0.index < index }) else { return nil }
        return NamedSource(name: mention.name, title: titles[mention.name])
    }

    /// The full name a short one stands for in this article (`Mensch` → `Arthur Mensch`, `门施` → `亚瑟·门施`).
    func fullName(of name: String) -> String {
        names.first { $0 != name && ($0.hasSuffix(" " + name) || $0.hasSuffix("·" + name)) } ?? name
    }

    /// The title written just before a name (`法国总统` in `由法国总统马克龙`), when there is one.
    static func title(endingAt index: Int, in prose: ProseText, range: Range<Int>) -> String? {
        let prefix = prose.string(prose.clauseStart(before: index, in: range)..<index)
        guard PatternSet.titleWords.endsOne(of: prefix) else { return nil }
        return SubjectReader.title(from: prefix)
    }

    private mutating func add(_ source: NamedSource) {
        guard !source.name.isEmpty else { return }
        if !names.contains(source.name) { names.append(source.name) }
        if let title = source.title, titles[source.name] == nil { titles[source.name] = title }
    }

    /// `法国总统马克龙，`, `创始人阿莫迪在`, `CEO Jonas Andrulis`: a title word, then a name that ends
    /// where punctuation, an adverbial or a speech verb begins (without a dictionary, a name running
    /// into other words cannot be cut, and is left for the speech verbs to find).
    private mutating func findTitledNames(in prose: ProseText, range: Range<Int>, insideQuote: (Int) -> Bool) {
        let nameEnders: Set<Unicode.Scalar> = Set("，。、（(：:；;在表说說称稱则則也认認指强強警坦透回写寫笑反直宣呼对對向于於接曾还還就都是的".unicodeScalars)
        for (index, word) in prose.occurrences(ofAny: PatternSet.titleWords, in: range) where !insideQuote(index) {
            let start = index + PatternSet.titleWords.patterns[word].count
            let clauseStart = prose.clauseStart(before: index, in: range)
            let title = SubjectReader.title(from: prose.string(clauseStart..<start))
            var latinEnd = start
            while latinEnd < range.upperBound, latinEnd - start < 40,
                prose.scalars[latinEnd].isASCII, prose.scalars[latinEnd].properties.isAlphabetic || prose.scalars[latinEnd] == " "
            {
                latinEnd += 1
            }
            if let latin = SubjectReader.trailingLatinName(prose.string(start..<latinEnd).trimmingSpaces()), latin.before.isEmpty {
                add(NamedSource(name: latin.name, title: title))
                continue
            }
            var end = start
            while end < range.upperBound, end - start < 12,
                SpeechCues.isHan(prose.scalars[end]) || SpeechCues.isNameDot(prose.scalars[end])
            {
                end += 1
                let length = end - start
                let next = end < range.upperBound ? prose.scalars[end] : "。"
                let dotted = prose.scalars[start..<end].contains(where: SpeechCues.isNameDot)
                if (2...4).contains(length) || (dotted && length <= 12), nameEnders.contains(next) || next == " " {
                    let name = prose.string(start..<end)
                    if SubjectReader.isBareChineseName(name) { add(NamedSource(name: name, title: title)) }
                    break
                }
            }
        }
    }

    /// `Researcher Ana Silva`, `chief executive Satya Nadella`: an English title word, then capitalised words.
    private mutating func findEnglishTitledNames(in words: [LatinWord]) {
        for (index, word) in words.enumerated() where SpeechCues.englishTitleWords.contains(word.lowercased) {
            var name: [String] = []
            var next = index + 1
            while next < words.count, name.count < 3, words[next].followsDirectly, words[next].isCapitalised {
                name.append(words[next].text)
                next += 1
            }
            guard !name.isEmpty else { continue }
            var title = [word.text]
            var previous = index
            while previous > 0, title.count < 4, words[previous].followsDirectly,
                words[previous - 1].isCapitalised || SpeechCues.englishTitleWords.contains(words[previous - 1].lowercased)
            {
                title.insert(words[previous - 1].text, at: 0)
                previous -= 1
            }
            add(NamedSource(name: name.joined(separator: " "), title: title.joined(separator: " ")))
        }
    }

    /// The subject of every speech verb outside quotations (`傅莹认为`, `马克龙在…上表示`, `Nadella said`).
    private mutating func findSpeechSubjects(
        in prose: ProseText, range: Range<Int>, reader: SubjectReader,
        insideQuote: (Int) -> Bool
    ) {
        for (index, verb) in prose.occurrences(ofAny: PatternSet.speechVerbs, in: range) where !insideQuote(index) {
            let clauseStart = prose.clauseStart(before: index, in: range)
            let subjectText = prose.string(clauseStart..<index)
            if PatternSet.speechVerbs.patterns[verb].count == 1, let last = subjectText.last,
                SpeechCues.chineseNonSpeechPrefixes.contains(last)
            {
                continue
            }
            guard !subjectText.isEmpty, subjectText.unicodeScalars.count <= 30, case .named(let source) = reader.readChinese(subjectText),
                !source.name.hasPrefix("《")
            else { continue }
            add(source)
        }
    }

    /// `Nadella said`, `Chief meteorologist Dana Park told`: the words just before an English speech verb.
    private mutating func findEnglishSpeechSubjects(in words: [LatinWord], reader: SubjectReader) {
        for (index, word) in words.enumerated() where index > 0 && SpeechCues.englishVerbs.contains(word.lowercased) {
            var subject: [String] = []
            var previous = index
            while previous > 0, subject.count < 5, words[previous].followsDirectly {
                subject.insert(words[previous - 1].text, at: 0)
                previous -= 1
            }
            guard !subject.isEmpty, case .named(let source) = reader.readEnglish(subject.joined(separator: " ")) else { continue }
            add(source)
        }
    }
}

/// Patterns looked for together in one pass over the text, indexed by their first scalar.
struct PatternSet {
    let patterns: [[Unicode.Scalar]]
    let byFirstScalar: [Unicode.Scalar: [Int]]
    /// One bit per scalar of the Basic Multilingual Plane that starts a pattern: most scalars of a text
    /// start none, and a bit test is much cheaper than hashing them.
    private let firstScalarBits: [UInt64]

    /// `strings` in order of preference: at one place, earlier ones are reported first.
    init(_ strings: [String]) {
        patterns = strings.map { Array($0.unicodeScalars) }
        var index: [Unicode.Scalar: [Int]] = [:]
        var bits = [UInt64](repeating: 0, count: 1024)
        for (number, pattern) in patterns.enumerated() where !pattern.isEmpty {
            index[pattern[0], default: []].append(number)
            let value = Int(min(pattern[0].value, 0xFFFF))
            bits[value >> 6] |= 1 << UInt64(value & 63)
        }
        byFirstScalar = index
        firstScalarBits = bits
    }

    /// The patterns that start with `scalar`, if any.
    func candidates(startingWith scalar: Unicode.Scalar) -> [Int]? {
        let value = Int(min(scalar.value, 0xFFFF))
        guard firstScalarBits[value >> 6] & (1 << UInt64(value & 63)) != 0 else { return nil }
        return byFirstScalar[scalar]
    }

    static let titleWords = PatternSet(SpeechCues.chineseTitleWords)
    static let speechVerbs = PatternSet(SpeechCues.chineseVerbs)
}

extension ProseText {
    /// Where any of `set`'s patterns starts inside `range`, in text order: (index, pattern number).
    func occurrences(ofAny set: PatternSet, in range: Range<Int>) -> [(index: Int, pattern: Int)] {
        var found: [(index: Int, pattern: Int)] = []
        for index in range {
            guard let candidates = set.candidates(startingWith: scalars[index]) else { continue }
            for number in candidates {
                let pattern = set.patterns[number]
                if index + pattern.count <= range.upperBound, scalars[index..<index + pattern.count].elementsEqual(pattern) {
                    found.append((index, number))
                }
            }
        }
        return found
    }

    /// Just after the punctuation, quotation or paragraph start that begins the clause holding `index`.
    func clauseStart(before index: Int, in range: Range<Int>) -> Int {
        var start = index
        while start > range.lowerBound, !QuoteText.isClauseBoundary(scalars[start - 1]), !QuoteMarks.isClosing(scalars[start - 1]),
            QuoteMarks.closing(of: scalars[start - 1]) == nil
        {
            start -= 1
        }
        return start
    }
}

/// A run of ASCII letters (with `-` and `'`) in the prose: the words English names and verbs are read from.
struct LatinWord {
    var text: String
    var lowercased: String
    var isCapitalised: Bool
    /// Only one space (or nothing but a line's start) stands between it and the word before.
    var followsDirectly: Bool

    static func words(in prose: ProseText, range: Range<Int>) -> [LatinWord] {
        var words: [LatinWord] = []
        var index = range.lowerBound
        var gapIsSpace = true
        while index < range.upperBound {
            let scalar = prose.scalars[index]
            guard scalar.isASCII, scalar.properties.isAlphabetic else {
                gapIsSpace = scalar == " " && (index == range.lowerBound || prose.scalars[index - 1].properties.isAlphabetic)
                index += 1
                continue
            }
            var end = index
            while end < range.upperBound, prose.scalars[end].isASCII,
                prose.scalars[end].properties.isAlphabetic || prose.scalars[end] == "-" || prose.scalars[end] == "'"
            {
                end += 1
            }
            let text = prose.string(index..<end)
            words.append(
                LatinWord(
                    text: text, lowercased: text.lowercased(), isCapitalised: scalar.properties.isUppercase,
                    followsDirectly: gapIsSpace))
            gapIsSpace = false
            index = end
        }
        return words
    }
}
