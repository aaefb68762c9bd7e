/// The patterns of English news writing.
extension QuoteReading {
    /// `"…," Nadella said.`, `"…," said Satya Nadella, Microsoft's chief executive.`, `"…," she told reporters.`
    func englishAfter(_ span: QuoteSpan) -> Attribution? {
        let end = blockEnd(of: span.close)
        let clauseStart = skipSpaces(from: span.close + 1, to: end)
        var index = clauseStart
        while index < end, !QuoteText.isSentenceEnd(prose.scalars, at: index), QuoteMarks.closing(of: prose.scalars[index]) == nil {
            index += 1
        }
        let words = Self.englishWords(prose.string(clauseStart..<index))
        guard let verb = words.firstIndex(where: { SpeechCues.englishVerbs.contains($0.lowercased()) }), verb <= 6 else { return nil }
        let subject = verb == 0 ? words.dropFirst().joined(separator: " ") : words[..<verb].joined(separator: " ")
        guard verb == 0 || !words[..<verb].contains(where: { $0.hasSuffix(".") }) else { return nil }
        return Attribution(
            subject: reader.readEnglish(subject), sentence: sentenceStart(before: span.open)..<sentenceEnd(after: index),
            cue: clauseStart)
    }

    /// `Nadella said: "…"`, `She told reporters, "…"`, `Nadella: "…"`
    func englishBefore(_ span: QuoteSpan) -> Attribution? {
        let start = blockStart(of: span.open)
        var index = skipSpacesBackward(from: span.open, to: start)
        var lead: Unicode.Scalar?
        if index > start, ":,".unicodeScalars.contains(prose.scalars[index - 1]) {
            lead = prose.scalars[index - 1]
            index -= 1
        }
        let clauseStart = sentenceStart(before: index)
        let words = Self.englishWords(prose.string(clauseStart..<index))
        let sentence = clauseStart..<sentenceEnd(afterQuote: span)
        if let verb = words.lastIndex(where: { SpeechCues.englishVerbs.contains($0.lowercased()) }), words.count - verb - 1 <= 4,
            lead != nil || verb == words.count - 1
        {
            let subject = verb == 0 ? words.dropFirst().joined(separator: " ") : words[..<verb].joined(separator: " ")
            return Attribution(subject: reader.readEnglish(subject), sentence: sentence, cue: clauseStart)
        }
        if lead == ":", words.count <= 4, case .named = reader.readEnglish(words.joined(separator: " ")) {
            return Attribution(subject: reader.readEnglish(words.joined(separator: " ")), sentence: sentence, cue: clauseStart)
        }
        return nil
    }

    private static func englishWords(_ text: String) -> [String] {
        text.split(separator: " ").map(String.init).filter { !$0.isEmpty }
    }
}
