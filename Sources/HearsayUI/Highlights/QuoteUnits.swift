import HearsayModel

/// A quotation and the sentence that attributes it (`“……”马克龙表示。`) are one unit for the
/// reading cursor (issue 18 item 4): `)`/`(` step over them together and `m` marks them together,
/// though the sentence splitter cuts the quoted words into sentences of their own.
enum QuoteUnits {
    /// The UTF-8 ranges, in block `index`'s text, of its attributed quotations with their
    /// attributing sentence (`Quote.sentence`, found around the quoted words).
    static func ranges(inBlock index: Int, of article: Article) -> [Range<Int>] {
        let text = article.blocks[index].text
        var result: [Range<Int>] = []
        for quote in article.quotes
        where quote.speaker != nil && quote.range.lowerBound.block == index && quote.range.upperBound.block == index {
            let words = quote.range.lowerBound.offset..<quote.range.upperBound.offset
            if let unit = occurrence(of: quote.sentence, in: text, covering: words) { result.append(unit) }
        }
        return result
    }

    /// The sentences of a block with those inside one unit joined into one.
    static func merged(_ spots: [SentenceSpot], units: [Range<Int>]) -> [SentenceSpot] {
        guard !units.isEmpty else { return spots }
        var result: [SentenceSpot] = []
        for spot in spots {
            if let last = result.last,
                units.contains(where: { $0.overlaps(last.range) && $0.overlaps(spot.range) })
            {
                result[result.count - 1] = SentenceSpot(block: last.block, range: last.range.lowerBound..<spot.range.upperBound)
            } else {
                result.append(spot)
            }
        }
        return result
    }

    /// The UTF-8 range of the occurrence of `sentence` in `text` that covers `words`.
    private static func occurrence(of sentence: String, in text: String, covering words: Range<Int>) -> Range<Int>? {
        guard !sentence.isEmpty else { return nil }
        var searchStart = text.startIndex
        while let found = text.range(of: sentence, range: searchStart..<text.endIndex) {
            let start = text.utf8.distance(from: text.startIndex, to: found.lowerBound)
            let end = text.utf8.distance(from: text.startIndex, to: found.upperBound)
            if start <= words.lowerBound, words.upperBound <= end { return start..<end }
            if start > words.lowerBound { return nil }
            searchStart = text.index(after: found.lowerBound)
        }
        return nil
    }
}
