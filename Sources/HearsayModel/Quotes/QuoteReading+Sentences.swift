/// Sentences and clauses around quotations: quotations count as one word of the sentence they stand in.
extension QuoteReading {
    /// Quoted words without a speech verb read as a term when they hold no sentence punctuation and
    /// are short: up to 20 characters, or 6 words of Latin text.
    func isTermLike(_ span: QuoteSpan) -> Bool {
        let scalars = span.parts.flatMap { prose.scalars[$0] }
        if scalars.contains(where: QuoteText.isSentencePunctuation) || span.parts.count > 1 { return false }
        if scalars.contains(where: SpeechCues.isHan) { return scalars.count <= 20 }
        return scalars.split(separator: " ").count <= 6
    }

    func isEnglish(_ span: QuoteSpan) -> Bool {
        let before = prose.scalars[max(blockStart(of: span.open), span.open - 30)..<span.open]
        let after = prose.scalars[(span.close + 1)..<min(blockEnd(of: span.close), span.close + 31)]
        return !before.contains(where: SpeechCues.isHan) && !after.contains(where: SpeechCues.isHan)
    }

    func endsClause(_ span: QuoteSpan) -> Bool {
        let next = skipSpaces(from: span.close + 1, to: blockEnd(of: span.close))
        return next == blockEnd(of: span.close) || QuoteText.isClauseBoundary(prose.scalars[next])
    }

    func endsSentence(_ span: QuoteSpan) -> Bool {
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
                    !startsWithSpeechVerbClause(position + 1)
                {
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
    func startsWithSpeechVerbClause(_ index: Int) -> Bool {
        let end = blockEnd(of: index)
        let clauseEnd = prose.clauseEnd(from: index, in: index..<end)
        return Self.chineseSubject(beforeVerbAtEndOf: prose.string(index..<clauseEnd)) != nil
    }

    func blockStart(of index: Int) -> Int { prose.blockStarts[prose.block(containing: index)] }
    func blockEnd(of index: Int) -> Int { prose.blockEnds[prose.block(containing: index)] }

    func skipSpaces(from index: Int, to end: Int) -> Int {
        var position = index
        while position < end, prose.scalars[position] == " " || prose.scalars[position] == "\u{3000}" { position += 1 }
        return position
    }

    func skipSpacesBackward(from index: Int, to start: Int) -> Int {
        var position = index
        while position > start, prose.scalars[position - 1] == " " || prose.scalars[position - 1] == "\u{3000}" { position -= 1 }
        return position
    }
}

extension ProseText {
    /// The end of the clause that starts at `index`: the next clause boundary or quotation.
    func clauseEnd(from index: Int, in range: Range<Int>) -> Int {
        var position = index
        while position < range.upperBound, !QuoteText.isClauseBoundary(scalars[position]), QuoteMarks.closing(of: scalars[position]) == nil
        {
            position += 1
        }
        return position
    }
}
