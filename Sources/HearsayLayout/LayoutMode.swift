import HearsayModel

/// What an `ArticleLayout` shows.
public enum LayoutMode: Hashable, Sendable {
    /// The whole article: title, date and source, lede, key points, sections, paragraphs, turns.
    case article
    /// Only the dialogue turns; `speakers` (indices into `Article.speakers`) keeps those
    /// speakers' turns only, `nil` keeps every turn.
    case dialogue(speakers: Set<Int>?)
    /// The turns of `speakers`, each with the turn just before it (usually the question) when
    /// that one is someone else's: the filtered dialogue view with its context shown.
    case dialogueInContext(speakers: Set<Int>)
    /// Things people said, in article order: the turns of `speakers` (indices into
    /// `Article.speakers`) and the words of `quotes` (indices into `Article.quotes`), each quote
    /// under its speaker's name marked as quoted. The dialogue view of a prose article, and one
    /// article of a person's stream. A quote inside a turn shown is not shown again.
    case utterances(speakers: Set<Int>, quotes: Set<Int>)
}

extension LayoutMode {
    /// Whether the dialogue modes show turn `index` of `article` (the article mode shows every block).
    public func showsTurn(_ index: Int, of article: Article) -> Bool {
        let turns = article.turns
        switch self {
        case .article: return true
        case .dialogue(let speakers): return speakers?.contains(turns[index].speaker) ?? true
        case .dialogueInContext(let speakers):
            return speakers.contains(turns[index].speaker) || isContext(index, of: article)
        case .utterances(let speakers, _): return speakers.contains(turns[index].speaker)
        }
    }

    /// Whether turn `index` is shown only as the context of the next turn (dimmed).
    public func isContext(_ index: Int, of article: Article) -> Bool {
        guard case .dialogueInContext(let speakers) = self else { return false }
        let turns = article.turns
        return !speakers.contains(turns[index].speaker) && turns.indices.contains(index + 1)
            && speakers.contains(turns[index + 1].speaker)
    }

    /// The UTF-8 ranges of block `index`'s text that this mode shows to be read (not as a dimmed
    /// context turn): the whole block for a block shown, a quote's words in it for a quote shown.
    /// What the reading cursor moves over and where search matches count as shown.
    public func shownRanges(inBlock index: Int, of article: Article) -> [Range<Int>] {
        guard article.blocks.indices.contains(index) else { return [] }
        let block = article.blocks[index]
        let whole = 0..<block.text.utf8.count
        switch self {
        case .article:
            if case .image = block.kind { return [] }
            return [whole]
        case .dialogue(let speakers):
            guard let speaker = Self.turnSpeaker(of: block) else { return [] }
            return speakers?.contains(speaker) ?? true ? [whole] : []
        case .dialogueInContext(let speakers):
            guard let speaker = Self.turnSpeaker(of: block) else { return [] }
            return speakers.contains(speaker) ? [whole] : []
        case .utterances(let speakers, let quotes):
            if let speaker = Self.turnSpeaker(of: block), speakers.contains(speaker) { return [whole] }
            return quotes.sorted().compactMap { QuotePieces.range(of: article.quotes[$0], inBlock: index, of: article) }
        }
    }

    /// The speaker of a turn's block (its first paragraph or a continuation).
    static func turnSpeaker(of block: Block) -> Int? {
        switch block.kind {
        case .turn(let speaker), .turnContinuation(let speaker): return speaker
        default: return nil
        }
    }
}
