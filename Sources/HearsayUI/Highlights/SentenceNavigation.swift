import HearsayModel
import HearsayText

/// Sentences of the blocks a view shows, in reading order: what the reading cursor moves over.
/// The reader shows every text block; the dialogue view and a stream only the turns of the shown speakers.
/// A turn's speaker name is not part of its first sentence; a quotation and the sentence that
/// attributes it are one (`QuoteUnits`).
struct SentenceNavigation {
    let article: Article
    /// Which blocks the view shows.
    let shows: (Int) -> Bool

    init(article: Article, pane: Pane, shownSpeakers: Set<Int>?) {
        self.article = article
        if pane != .reader {
            shows = { index in
                switch article.blocks[index].kind {
                case .turn(let speaker), .turnContinuation(let speaker): return shownSpeakers?.contains(speaker) ?? true
                default: return false
                }
            }
        } else {
            shows = { index in
                if case .image = article.blocks[index].kind { return false }
                return true
            }
        }
    }

    /// The sentences of one block (none for a block the view does not show).
    func sentences(inBlock index: Int) -> [SentenceSpot] {
        guard article.blocks.indices.contains(index), shows(index) else { return [] }
        let block = article.blocks[index]
        let start = block.wordsStart
        let utf8 = block.text.utf8
        let words = String(decoding: utf8[utf8.index(utf8.startIndex, offsetBy: start)...], as: UTF8.self)
        let spots = Sentences.ranges(in: words).map {
            SentenceSpot(block: index, range: ($0.lowerBound + start)..<($0.upperBound + start))
        }
        return QuoteUnits.merged(spots, units: QuoteUnits.ranges(inBlock: index, of: article))
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
