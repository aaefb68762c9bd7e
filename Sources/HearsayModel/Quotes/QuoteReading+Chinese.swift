/// The patterns of Chinese news writing (simplified and traditional).
extension QuoteReading {
    /// `“…”马克龙在2月10日的开幕演讲上表示。`, `“…，”她说，`
    func chineseAfter(_ span: QuoteSpan) -> Attribution? {
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
        return Attribution(
            subject: reader.readChinese(subjectText), sentence: sentenceStart(before: span.open)..<sentenceEnd(after: index),
            cue: clauseStart)
    }

    /// `她说：“…”`, `法国总统马克龙表示，“…”`, `Politico称“…”`, `王立群：“…”`
    func chineseBefore(_ span: QuoteSpan) -> Attribution? {
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
    func chineseSentenceOpening(_ span: QuoteSpan) -> Attribution? {
        guard !isTermLike(span), endsSentence(span) else { return nil }
        let start = sentenceStart(before: span.open)
        guard start < span.open else { return nil }
        let range = start..<span.open
        let firstClause = prose.string(start..<prose.clauseEnd(from: start, in: range))
        var best: (offset: Int, subject: String)?
        for verb in SpeechCues.chineseVerbs {
            guard let found = firstClause.firstScalarRange(of: verb) else { continue }
            let subject = String(firstClause[..<found.lowerBound])
            if verb.count == 1, let last = subject.last, SpeechCues.chineseNonSpeechPrefixes.contains(last) { continue }
            if subject.count <= 10, best.map({ subject.count < $0.offset }) ?? true { best = (subject.count, subject) }
        }
        guard let best, case let subject = reader.readChinese(best.subject), subject != .unknown else { return nil }
        return Attribution(subject: subject, sentence: start..<sentenceEnd(afterQuote: span), cue: start)
    }

    /// `他发布了一份声明。“…”`: the sentence before the quotation says who wrote the document it quotes.
    func documentBefore(_ span: QuoteSpan) -> Attribution? {
        guard !isTermLike(span), sentenceStart(before: span.open) == span.open else { return nil }
        let start = blockStart(of: span.open)
        let terminator = skipSpacesBackward(from: span.open, to: start) - 1
        guard terminator > start, prose.scalars[terminator] == "。" || prose.scalars[terminator] == "：" else { return nil }
        let previousStart = sentenceStart(before: terminator)
        let previous = prose.string(previousStart..<terminator)
        let documents = ["声明", "聲明", "公告", "公开信", "公開信", "信", "文章", "帖子", "推文", "博文", "备忘录", "備忘錄"]
        guard documents.contains(where: previous.hasSuffix) else { return nil }
        for verb in ["发布了", "發布了", "发表了", "發表了", "发出了", "發出了", "公布了", "写了", "寫了", "发布", "發布", "发表", "發表"] {
            guard let found = previous.firstScalarRange(of: verb) else { continue }
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
}
