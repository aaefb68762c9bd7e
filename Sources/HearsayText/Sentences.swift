/// Sentence boundaries for a reading cursor that moves by sentence, in Chinese and Latin text.
///
/// Written as a small rule set rather than with ICU's UBRK_SENTENCE: UAX #29 breaks after every `?`
/// and `!` whatever follows (so inside URLs such as `watch?v=`, common in this corpus's source
/// lines) and after `Mr.` unless given locale-specific exception data; these rules are few, need no
/// ICU data, and are tested on the seeds.
///
/// The rules:
/// - `。！？…⋯‼⁇⁈⁉` end a sentence wherever they stand.
/// - ASCII `.` `!` `?` end one when followed by white space, the end of the text, or a non-ASCII
///   character (Chinese directly after `?`); not when followed by an ASCII letter, digit or other
///   punctuation (`www.example.com`, `watch?v=1`), not between digits (`3.5`), not after a known
///   abbreviation (`Mr.`, `Dr.`) or letter-dot groups (`U.S.`, `e.g.`), and not when the next word
///   starts with a lowercase ASCII letter (`approx. five`, `"Why?" he asked`).
/// - A run of terminators (`……`, `?!`, `。。`) ends one sentence, and closing quotes and brackets that
///   follow stay with it (`。”`, `?)`).
/// - A blank line (two line breaks) or U+2029 always ends a sentence; a single line break does not.
public enum Sentences {
    /// The sentences of `text`, as UTF-8 offset ranges in order. White space between sentences
    /// belongs to none of them; text without any terminator is one sentence.
    public static func ranges(in text: String) -> [Range<Int>] {
        let scanner = SentenceScanner(text)
        return scanner.sentenceRanges()
    }

    /// The index in `ranges` of the sentence containing `offset`, or the sentence after it when
    /// `offset` falls in white space between sentences (the last one past the end).
    public static func sentenceIndex(containing offset: Int, in ranges: [Range<Int>]) -> Int? {
        guard !ranges.isEmpty else { return nil }
        return ranges.firstIndex { offset < $0.upperBound } ?? ranges.count - 1
    }
}

/// One pass over a string's scalars with their UTF-8 offsets.
private struct SentenceScanner {
    let scalars: [Unicode.Scalar]
    /// `offsets[i]` is the UTF-8 offset of `scalars[i]`; one extra entry holds the text's length.
    let offsets: [Int]

    init(_ text: String) {
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int] = []
        var offset = 0
        for scalar in text.unicodeScalars {
            scalars.append(scalar)
            offsets.append(offset)
            offset += UTF8.width(scalar)
        }
        offsets.append(offset)
        self.scalars = scalars
        self.offsets = offsets
    }

    func sentenceRanges() -> [Range<Int>] {
        var result: [Range<Int>] = []
        var index = 0
        while index < scalars.count {
            // Skip the white space before a sentence.
            while index < scalars.count, scalars[index].properties.isWhitespace { index += 1 }
            guard index < scalars.count else { break }
            let start = index
            let end = sentenceEnd(from: start)
            var trimmedEnd = end
            while trimmedEnd > start, scalars[trimmedEnd - 1].properties.isWhitespace { trimmedEnd -= 1 }
            result.append(offsets[start]..<offsets[trimmedEnd])
            index = end
        }
        return result
    }

    /// The scalar index just past the sentence that starts at `start`.
    private func sentenceEnd(from start: Int) -> Int {
        var index = start
        while index < scalars.count {
            let scalar = scalars[index]
            if isParagraphBreak(at: index) { return index }
            guard SentencePunctuation.isTerminator(scalar) else {
                index += 1
                continue
            }
            let runStart = index
            var sawWideTerminator = false
            // The terminator run, with closing quotes/brackets and combining marks after it.
            while index < scalars.count,
                SentencePunctuation.isTerminator(scalars[index]) || SentencePunctuation.isCloser(scalars[index])
                    || SentencePunctuation.isAttached(scalars[index])
            {
                if SentencePunctuation.isWideTerminator(scalars[index]) { sawWideTerminator = true }
                index += 1
            }
            if sawWideTerminator || endsLatinSentence(runStart: runStart, runEnd: index) { return index }
        }
        return index
    }

    /// Whether a run of ASCII terminators (and `…`) at `runStart..<runEnd` ends a sentence.
    private func endsLatinSentence(runStart: Int, runEnd: Int) -> Bool {
        guard runEnd < scalars.count else { return true }
        let next = scalars[runEnd]
        let onlyFullStops = scalars[runStart..<runEnd].allSatisfy { $0 == "." || SentencePunctuation.isCloser($0) }
        if next.properties.isWhitespace {
            if onlyFullStops, isAbbreviation(endingAt: runStart) { return false }
            return !nextWordIsLowercase(after: runEnd)
        }
        if next.isASCII {
            // `3.5`, `example.com`, `watch?v=`, `U.S.,`: inside a token, not a sentence end.
            return false
        }
        // Directly followed by Chinese (or other non-ASCII text): an end unless an abbreviation.
        return !(onlyFullStops && isAbbreviation(endingAt: runStart))
    }

    /// Whether the word before the `.` at `dot` is an abbreviation (`Mr`, `U.S`, `e.g`).
    private func isAbbreviation(endingAt dot: Int) -> Bool {
        var start = dot
        while start > 0, scalars[start - 1].isASCII,
            scalars[start - 1].properties.isAlphabetic || scalars[start - 1] == "."
        {
            start -= 1
        }
        guard start < dot else { return false }
        let word = String(String.UnicodeScalarView(scalars[start..<dot]))
        if SentencePunctuation.abbreviations.contains(word) { return true }
        // Letter-dot groups: `U.S`, `e.g`, `a.m`: every part one letter, at least two parts.
        let parts = word.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count >= 2 && parts.allSatisfy { $0.count == 1 }
    }

    /// Whether the first non-space scalar after `index` is a lowercase ASCII letter.
    private func nextWordIsLowercase(after index: Int) -> Bool {
        var next = index
        while next < scalars.count, scalars[next].properties.isWhitespace {
            if isParagraphBreak(at: next) { return false }
            next += 1
        }
        guard next < scalars.count else { return false }
        return ("a"..."z").contains(scalars[next])
    }

    /// A blank line (line break, optional spaces, line break) or a paragraph separator at `index`.
    private func isParagraphBreak(at index: Int) -> Bool {
        if scalars[index] == "\u{2029}" { return true }
        guard scalars[index] == "\n" else { return false }
        var next = index + 1
        while next < scalars.count, scalars[next] == " " || scalars[next] == "\t" || scalars[next] == "\r" { next += 1 }
        return next < scalars.count && scalars[next] == "\n"
    }
}

/// The characters the sentence rules look at.
enum SentencePunctuation {
    /// Terminators that end a sentence wherever they stand.
    static let wideTerminators: Set<Unicode.Scalar> = [
        "\u{3002}", "\u{FF01}", "\u{FF1F}", "\u{FF61}", "\u{2026}", "\u{22EF}", "\u{203C}", "\u{2047}", "\u{2048}",
        "\u{2049}",
    ]
    static let asciiTerminators: Set<Unicode.Scalar> = [".", "!", "?"]
    /// Closing quotes and brackets that stay with the sentence they close.
    static let closers: Set<Unicode.Scalar> = [
        "\"", "'", ")", "]", "}", "\u{201D}", "\u{2019}", "\u{00BB}", "\u{203A}", "\u{FF09}", "\u{FF3D}", "\u{FF5D}",
        "\u{300D}", "\u{300F}", "\u{3011}", "\u{300B}", "\u{3009}", "\u{3015}", "\u{3017}", "\u{3019}", "\u{301B}",
        "\u{FF02}", "\u{FF07}",
    ]
    /// Words that end with a `.` without ending a sentence.
    static let abbreviations: Set<String> = [
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Sr", "Jr", "St", "Mt", "vs", "Gen", "Gov", "Sen", "Rep", "Capt", "Lt",
        "Col", "Sgt", "No", "Fig", "Vol", "approx", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
        "Oct", "Nov", "Dec",
    ]

    static func isWideTerminator(_ scalar: Unicode.Scalar) -> Bool { wideTerminators.contains(scalar) }
    static func isTerminator(_ scalar: Unicode.Scalar) -> Bool {
        wideTerminators.contains(scalar) || asciiTerminators.contains(scalar)
    }
    static func isCloser(_ scalar: Unicode.Scalar) -> Bool { closers.contains(scalar) }
    /// Combining marks and variation selectors belong to the character before them.
    static func isAttached(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .spacingMark: return true
        default: return scalar.properties.isVariationSelector || scalar == "\u{200D}"
        }
    }
}
