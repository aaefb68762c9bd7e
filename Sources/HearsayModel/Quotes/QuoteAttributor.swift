import Foundation

/// Finds the direct quotations in an article's prose and who said each, by the patterns of Chinese
/// and English news writing. Runs once per article, when it is parsed (`ArticleParser`).
///
/// A quotation is attributed by, in this order: a speech verb after it (`“…”马克龙表示。`,
/// `"…," Nadella said.`); a speech verb or a name and a colon before it (`她说：“…”`, `王立群：“…”`,
/// `Nadella said: "…"`); a sentence that opens with a speaker and a speech verb and ends with the
/// quotation (`他警告…，“…”`); a sentence before it that names a document and its author
/// (`他发布了一份声明。“…”`); and, when it has none of these, the quotation just before it in the same
/// paragraph (the second half of `“…，”她说。“…”`). Pronouns stand for the person last named.
/// Quoted words with no speech verb that read as a term rather than a sentence (`“DeepSeek时刻”`,
/// scare quotes) are not quotations; longer ones are kept without a speaker.
public enum QuoteAttributor {
    public static func quotes(in article: Article) -> [Quote] {
        guard article.blocks.contains(where: { QuoteMarks.mayContainQuotes($0.text) }) else { return [] }
        let prose = ProseText(article: article)
        let spans = QuoteSpanScanner.spans(in: prose)
        guard !spans.isEmpty else { return [] }
        return QuoteReading(prose: prose, spans: spans).quotes()
    }
}

/// Why a quotation is given to someone: who the words name, the sentence that says so, and where
/// the speech verb (or the name) stands.
struct Attribution {
    var subject: SourceSubject
    var sentence: Range<Int>
    var cue: Int
}

/// One article's quotations being attributed.
struct QuoteReading {
    let prose: ProseText
    let spans: [QuoteSpan]
    let spanByOpen: [Int: Int]
    let spanByClose: [Int: Int]
    let mentions: PersonMentions
    let reader: SubjectReader

    init(prose: ProseText, spans: [QuoteSpan]) {
        self.prose = prose
        self.spans = spans
        spanByOpen = Dictionary(uniqueKeysWithValues: spans.enumerated().map { ($1.open, $0) })
        spanByClose = Dictionary(uniqueKeysWithValues: spans.enumerated().map { ($1.close, $0) })
        var inside = [Bool](repeating: false, count: prose.scalars.count)
        for span in spans { for index in span.open...span.close { inside[index] = true } }
        mentions = PersonMentions(prose: prose) { inside[$0] }
        reader = SubjectReader(knownNames: mentions.names)
    }

    func quotes() -> [Quote] {
        var attributions: [Attribution?] = spans.indices.map(attribute)
        for index in spans.indices.dropFirst() where attributions[index] == nil && !isTermLike(spans[index]) {
            if let previous = attributions[index - 1], continues(spans[index], after: previous, previousSpan: spans[index - 1]) {
                attributions[index] = previous
            }
        }
        var quotes: [Quote] = []
        for (span, attribution) in zip(spans, attributions) {
            if attribution == nil, isTermLike(span) { continue }
            let source = attribution.flatMap { resolve($0, span: span) }
            let sentence = attribution?.sentence ?? sentenceStart(before: span.open)..<sentenceEnd(after: span.close + 1)
            let start = span.parts.first!.lowerBound
            let end = span.parts.last!.upperBound
            quotes.append(Quote(
                speaker: source?.name, title: source?.title, text: span.text(in: prose), start: start, end: end,
                sentence: prose.string(sentence).trimmingSpaces(),
                range: prose.position(ofScalar: start)..<prose.position(ofScalar: end)))
        }
        return quotes
    }

    // MARK: Who

    private func resolve(_ attribution: Attribution, span: QuoteSpan) -> NamedSource? {
        switch attribution.subject {
        case .unknown: return nil
        case .pronoun: return mentions.lastPerson(before: min(attribution.cue, span.open))
        case .named(let source):
            let name = mentions.fullName(of: source.name)
            return NamedSource(name: name, title: source.title ?? mentions.titles[name] ?? mentions.titles[source.name])
        }
    }

    private func attribute(_ index: Int) -> Attribution? {
        let span = spans[index]
        if isEnglish(span) {
            return englishAfter(span) ?? englishBefore(span)
        }
        return chineseAfter(span) ?? chineseBefore(span) ?? chineseSentenceOpening(span) ?? documentBefore(span)
    }

    /// The second quotation of `“…，”她说。“…”`: nothing but spaces between it and the sentence that
    /// attributed the quotation before it, in the same paragraph.
    private func continues(_ span: QuoteSpan, after previous: Attribution, previousSpan: QuoteSpan) -> Bool {
        let gapStart = max(previous.sentence.upperBound, previousSpan.close + 1)
        guard gapStart <= span.open else { return false }
        return prose.scalars[gapStart..<span.open].allSatisfy { $0 == " " || $0 == "\u{3000}" }
    }

    // MARK: Chinese patterns

    /// `“…”马克龙在2月10日的开幕演讲上表示。`, `“…，”她说，`
    private func chineseAfter(_ span: QuoteSpan) -> Attribution? {
        let end = blockEnd(of: span.close)
        var index = skipSpaces(from: span.close + 1, to: end)
        if index < end, prose.scalars[index] == "，" || prose.scalars[index] == "," { index = skipSpaces(from: index + 1, to: end) }
        let clauseStart = index
        while index < end, !QuoteText.isClauseBoundary(prose.scalars[index]), QuoteMarks.closing(of: prose.scalars[index]) == nil {
            index += 1
        }
        let clause = prose.string(clauseStart..<index)
        guard let subjectText = Self.chineseSubject(beforeVerbAtEndOf: clause), subjectText.count <= 30 else { return nil }
        // `“…。”张国清表示，中国愿意…` begins a sentence of indirect speech, and `“令人痛苦”，他指出，…`
        // quotes a term inside one; `“…。”马克龙表示。` and `“…，”她说，“…”` attribute the quotation.
        let quoteGoesOn = span.parts.last?.last.map { "，,".unicodeScalars.contains(prose.scalars[$0]) } ?? false
        if !quoteGoesOn, index < end, !QuoteText.isSentenceEnd(prose.scalars, at: index) {
            let next = skipSpaces(from: index + 1, to: end)
            guard prose.scalars[index] == "，" || prose.scalars[index] == ",", next < end, spanByOpen[next] != nil else { return nil }
        }
        return Attribution(subject: reader.readChinese(subjectText), sentence: sentenceStart(before: span.open)..<sentenceEnd(after: index),
                           cue: clauseStart)
    }

    /// `她说：“…”`, `法国总统马克龙表示，“…”`, `Politico称“…”`, `王立群：“…”`
    private func chineseBefore(_ span: QuoteSpan) -> Attribution? {
        let start = blockStart(of: span.open)
        var index = skipSpacesBackward(from: span.open, to: start)
        var lead: Unicode.Scalar?
        if index > start, "：:，,".unicodeScalars.contains(prose.scalars[index - 1]) {
            lead = prose.scalars[index - 1]
            index = skipSpacesBackward(from: index - 1, to: start)
        }
        let clauseEnd = index
        let clauseStart = prose.clauseStart(before: clauseEnd, in: start..<clauseEnd)
        let clause = prose.string(clauseStart..<clauseEnd)
        let sentence = sentenceStart(before: clauseStart)..<sentenceEnd(afterQuote: span)
        if let subjectText = Self.chineseSubject(beforeVerbAtEndOf: clause), subjectText.count <= 30 {
            // `称“数字主权”是…`: a term the verb's sentence goes on past is not a quotation.
            if lead == nil, isTermLike(span), !endsClause(span) { return nil }
            return Attribution(subject: reader.readChinese(subjectText), sentence: sentence, cue: clauseStart)
        }
        if lead == "：" || lead == ":", clause.count <= 20, case .named = reader.readChinese(clause) {
            return Attribution(subject: reader.readChinese(clause), sentence: sentence, cue: clauseStart)
        }
        return nil
    }

    /// `他警告在场的所有代表，不要与美国的竞争对手合作，“…”`: a sentence that opens with a speaker and
    /// a speech verb and ends with the quotation.
    private func chineseSentenceOpening(_ span: QuoteSpan) -> Attribution? {
        guard !isTermLike(span), endsSentence(span) else { return nil }
        let start = sentenceStart(before: span.open)
        guard start < span.open else { return nil }
        let range = start..<span.open
        let firstClause = prose.string(start..<prose.clauseEnd(from: start, in: range))
        var best: (offset: Int, subject: String)?
        for verb in SpeechCues.chineseVerbs {
            guard let found = firstClause.range(of: verb) else { continue }
            let subject = String(firstClause[..<found.lowerBound])
            if verb.count == 1, let last = subject.last, SpeechCues.chineseNonSpeechPrefixes.contains(last) { continue }
            if subject.count <= 10, best.map({ subject.count < $0.offset }) ?? true { best = (subject.count, subject) }
        }
        guard let best, case let subject = reader.readChinese(best.subject), subject != .unknown else { return nil }
        return Attribution(subject: subject, sentence: start..<sentenceEnd(afterQuote: span), cue: start)
    }

    /// `他发布了一份声明。“…”`: the sentence before the quotation says who wrote the document it quotes.
    private func documentBefore(_ span: QuoteSpan) -> Attribution? {
        guard !isTermLike(span), sentenceStart(before: span.open) == span.open else { return nil }
        let start = blockStart(of: span.open)
        let terminator = skipSpacesBackward(from: span.open, to: start) - 1
        guard terminator > start, prose.scalars[terminator] == "。" || prose.scalars[terminator] == "：" else { return nil }
        let previousStart = sentenceStart(before: terminator)
        let previous = prose.string(previousStart..<terminator)
        let documents = ["声明", "聲明", "公告", "公开信", "公開信", "信", "文章", "帖子", "推文", "博文", "备忘录", "備忘錄"]
        guard documents.contains(where: previous.hasSuffix) else { return nil }
        for verb in ["发布了", "發布了", "发表了", "發表了", "发出了", "發出了", "公布了", "写了", "寫了", "发布", "發布", "发表", "發表"] {
            guard let found = previous.range(of: verb) else { continue }
            let subject = reader.readChinese(String(previous[..<found.lowerBound]))
            guard subject != .unknown else { return nil }
            return Attribution(subject: subject, sentence: previousStart..<sentenceEnd(afterQuote: span), cue: previousStart)
        }
        return nil
    }

    /// The words before a speech verb that ends `clause`, or `nil` when it does not end in one.
    static func chineseSubject(beforeVerbAtEndOf clause: String) -> String? {
        let trimmed = clause.trimmingSpaces()
        for verb in SpeechCues.chineseVerbs where trimmed.hasSuffix(verb) {
            let subject = String(trimmed.dropLast(verb.count))
            if verb.count == 1, let last = subject.last, SpeechCues.chineseNonSpeechPrefixes.contains(last) { continue }
            guard !subject.isEmpty else { continue }
            return subject
        }
        return nil
    }

    // MARK: English patterns

    /// `"…," Nadella said.`, `"…," said Satya Nadella, Microsoft's chief executive.`, `"…," she told reporters.`
    private func englishAfter(_ span: QuoteSpan) -> Attribution? {
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
        return Attribution(subject: reader.readEnglish(subject), sentence: sentenceStart(before: span.open)..<sentenceEnd(after: index),
                           cue: clauseStart)
    }

    /// `Nadella said: "…"`, `She told reporters, "…"`, `Nadella: "…"`
    private func englishBefore(_ span: QuoteSpan) -> Attribution? {
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
        if let verb = words.lastIndex(where: { SpeechCues.englishVerbs.contains($0.lowercased()) }), words.count - verb - 1 <= 4, lead != nil || verb == words.count - 1 {
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

    // MARK: Text

    /// Quoted words without a speech verb read as a term when they hold no sentence punctuation and
    /// are short: up to 20 characters, or 6 words of Latin text.
    func isTermLike(_ span: QuoteSpan) -> Bool {
        let scalars = span.parts.flatMap { prose.scalars[$0] }
        if scalars.contains(where: QuoteText.isSentencePunctuation) || span.parts.count > 1 { return false }
        if scalars.contains(where: SpeechCues.isHan) { return scalars.count <= 20 }
        return scalars.split(separator: " ").count <= 6
    }

    private func isEnglish(_ span: QuoteSpan) -> Bool {
        let before = prose.scalars[max(blockStart(of: span.open), span.open - 30)..<span.open]
        let after = prose.scalars[(span.close + 1)..<min(blockEnd(of: span.close), span.close + 31)]
        return !before.contains(where: SpeechCues.isHan) && !after.contains(where: SpeechCues.isHan)
    }

    private func endsClause(_ span: QuoteSpan) -> Bool {
        let next = skipSpaces(from: span.close + 1, to: blockEnd(of: span.close))
        return next == blockEnd(of: span.close) || QuoteText.isClauseBoundary(prose.scalars[next])
    }

    private func endsSentence(_ span: QuoteSpan) -> Bool {
        if let last = span.parts.last?.last, QuoteText.isTerminal(prose.scalars[last]) { return true }
        let next = skipSpaces(from: span.close + 1, to: blockEnd(of: span.close))
        return next == blockEnd(of: span.close) || QuoteText.isSentenceEnd(prose.scalars, at: next)
    }

    /// Where the sentence holding `index` starts: after a sentence end outside quotations, after a
    /// quotation that ends its own sentence (`“…。”`), or at the paragraph's start.
    func sentenceStart(before index: Int) -> Int {
        let start = blockStart(of: min(index, prose.scalars.count - 1))
        var position = index - 1
        while position >= start {
            if let span = spanByClose[position].map({ spans[$0] }) {
                if let last = span.parts.last?.last.map({ prose.scalars[$0] }), QuoteText.isTerminal(last), position + 1 < index,
                   !startsWithSpeechVerbClause(position + 1) {
                    break
                }
                position = span.open - 1
                continue
            }
            if QuoteText.isSentenceEnd(prose.scalars, at: position) { break }
            position -= 1
        }
        return skipSpaces(from: position + 1, to: index)
    }

    /// Where the sentence a quotation closes ends: at its closing mark when its words end the
    /// sentence (`她说：“…。”`), else at the next sentence end.
    func sentenceEnd(afterQuote span: QuoteSpan) -> Int {
        if let last = span.parts.last?.last, QuoteText.isTerminal(prose.scalars[last]) { return span.close + 1 }
        return sentenceEnd(after: span.close + 1)
    }

    /// Just past the sentence end at or after `index` (quotations inside are skipped whole).
    func sentenceEnd(after index: Int) -> Int {
        var position = index
        while position < prose.scalars.count {
            let end = blockEnd(of: position)
            if position >= end { return end }
            if let span = spanByOpen[position].map({ spans[$0] }) {
                position = span.close + 1
                continue
            }
            if QuoteText.isSentenceEnd(prose.scalars, at: position) {
                return prose.scalars[position] == "\n" ? position : position + 1
            }
            position += 1
        }
        return prose.scalars.count
    }

    /// Whether the clause at `index` ends in a speech verb (`马克龙表示`): then a quotation before it
    /// belongs to its sentence even when the quoted words end in `。`.
    private func startsWithSpeechVerbClause(_ index: Int) -> Bool {
        let end = blockEnd(of: index)
        let clauseEnd = prose.clauseEnd(from: index, in: index..<end)
        return Self.chineseSubject(beforeVerbAtEndOf: prose.string(index..<clauseEnd)) != nil
    }

    private func blockStart(of index: Int) -> Int { prose.blockStarts[prose.block(containing: index)] }
    private func blockEnd(of index: Int) -> Int { prose.blockEnds[prose.block(containing: index)] }

    private func skipSpaces(from index: Int, to end: Int) -> Int {
        var position = index
        while position < end, prose.scalars[position] == " " || prose.scalars[position] == "\u{3000}" { position += 1 }
        return position
    }

    private func skipSpacesBackward(from index: Int, to start: Int) -> Int {
        var position = index
        while position > start, prose.scalars[position - 1] == " " || prose.scalars[position - 1] == "\u{3000}" { position -= 1 }
        return position
    }
}

extension ProseText {
    /// The end of the clause that starts at `index`: the next clause boundary or quotation.
    func clauseEnd(from index: Int, in range: Range<Int>) -> Int {
        var position = index
        while position < range.upperBound, !QuoteText.isClauseBoundary(scalars[position]), QuoteMarks.closing(of: scalars[position]) == nil {
            position += 1
        }
        return position
    }
}
