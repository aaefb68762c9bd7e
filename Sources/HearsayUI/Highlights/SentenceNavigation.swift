import HearsayLayout
import HearsayModel
import HearsayText

/// Sentences of the text a view shows, in reading order: what the reading cursor moves over.
/// The reader shows every text block; the dialogue view and a stream the turns of the shown
/// speakers and the words of the quotes shown (`LayoutMode.shownRanges`).
/// A turn's speaker name is not part of its first sentence; in a block shown whole, a quotation
/// and the sentence that attributes it are one (`QuoteUnits`); a quote shown alone is its words'
/// own sentences.
struct SentenceNavigation {
    let article: Article
    /// What the view shows.
    let shownText: LayoutMode

    init(article: Article, shownText: LayoutMode) {
        self.article = article
        self.shownText = shownText
    }

    /// The reader's (every block) or a dialogue view's (the turns of `shownSpeakers`).
    init(article: Article, pane: Pane, shownSpeakers: Set<Int>?) {
        self.init(article: article, shownText: pane == .reader ? .article : .dialogue(speakers: shownSpeakers))
    }

    /// The sentences of one block (none for a block the view does not show).
    func sentences(inBlock index: Int) -> [SentenceSpot] {
        guard article.blocks.indices.contains(index) else { return [] }
        let block = article.blocks[index]
        let utf8 = block.text.utf8
        let ranges = shownText.shownRanges(inBlock: index, of: article)
        if ranges == [0..<utf8.count] {
            let spots = Self.sentences(of: max(0, block.wordsStart)..<utf8.count, inBlock: index, text: utf8)
            return QuoteUnits.merged(spots, units: QuoteUnits.ranges(inBlock: index, of: article))
        }
        return ranges.flatMap { Self.sentences(of: max($0.lowerBound, block.wordsStart)..<$0.upperBound, inBlock: index, text: utf8) }
    }

    /// The sentences of `range` of a block's text.
    private static func sentences(of range: Range<Int>, inBlock index: Int, text utf8: String.UTF8View) -> [SentenceSpot] {
        guard !range.isEmpty, range.upperBound <= utf8.count else { return [] }
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let end = utf8.index(start, offsetBy: range.count)
        let words = String(decoding: utf8[start..<end], as: UTF8.self)
        return Sentences.ranges(in: words).map {
            SentenceSpot(block: index, range: ($0.lowerBound + range.lowerBound)..<($0.upperBound + range.lowerBound))
        }
    }

    /// The first sentence that ends after `position` (at or after it), in a shown block.
    func sentence(atOrAfter position: TextPosition) -> SentenceSpot? {
        var block = max(0, position.block)
        while block < article.blocks.count {
            let spots = sentences(inBlock: block)
            if block == position.block, let spot = spots.first(where: { $0.range.upperBound > position.offset }) {
                return spot
            }
            if block != position.block, let first = spots.first { return first }
            block += 1
        }
        return nil
    }

    func next(after spot: SentenceSpot) -> SentenceSpot? {
        let spots = sentences(inBlock: spot.block)
        if let index = spots.firstIndex(of: spot), index + 1 < spots.count { return spots[index + 1] }
        var block = spot.block + 1
        while block < article.blocks.count {
            if let first = sentences(inBlock: block).first { return first }
            block += 1
        }
        return nil
    }

    func previous(before spot: SentenceSpot) -> SentenceSpot? {
        let spots = sentences(inBlock: spot.block)
        if let index = spots.firstIndex(of: spot), index > 0 { return spots[index - 1] }
        var block = spot.block - 1
        while block >= 0 {
            if let last = sentences(inBlock: block).last { return last }
            block -= 1
        }
        return nil
    }

    /// Moving by paragraph (a block: a paragraph, or one paragraph of a turn), as vim's `}` and
    /// `{`. Moving the cursor, `}` goes to the first sentence of the next paragraph and `{` to the
    /// first sentence of this one, or of the one before when already there. Extending a
    /// selection, `}` takes in the rest of this paragraph (then the next one) and `{` goes back
    /// to its start (then the one before).
    func paragraph(from spot: SentenceSpot, forward: Bool, extending: Bool) -> SentenceSpot? {
        let spots = sentences(inBlock: spot.block)
        if forward {
            if extending, let last = spots.last, last != spot { return last }
            guard let block = shownBlock(after: spot.block, forward: true) else { return nil }
            return extending ? sentences(inBlock: block).last : sentences(inBlock: block).first
        }
        if let first = spots.first, first != spot { return first }
        guard let block = shownBlock(after: spot.block, forward: false) else { return nil }
        return sentences(inBlock: block).first
    }

    /// The nearest block after (or before) `block` with a sentence the view shows.
    private func shownBlock(after block: Int, forward: Bool) -> Int? {
        var index = block + (forward ? 1 : -1)
        while index >= 0, index < article.blocks.count {
            if !sentences(inBlock: index).isEmpty { return index }
            index += forward ? 1 : -1
        }
        return nil
    }
}
