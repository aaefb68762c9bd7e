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
            quotes.append(
                Quote(
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
}
