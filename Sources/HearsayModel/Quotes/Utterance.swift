/// Something a speaker said in an article: a dialogue turn, or a quotation in the prose. The speaker
/// index, `search --speaker` and the views count and jump through both alike.
public enum Utterance: Sendable, Hashable {
    /// Index into `Article.turns`.
    case turn(Int)
    /// Index into `Article.quotes`.
    case quote(Int)
}

extension Article {
    /// Turns and attributed quotations in reading order (a quotation without a speaker is nobody's
    /// utterance unless `includingUnattributed`).
    public func utterances(includingUnattributed: Bool = false) -> [Utterance] {
        let turnUtterances = turns.indices.map { Utterance.turn($0) }
        let quoteUtterances = quotes.indices.filter { includingUnattributed || quotes[$0].speaker != nil }.map { Utterance.quote($0) }
        guard !quoteUtterances.isEmpty else { return turnUtterances }
        return (turnUtterances + quoteUtterances).sorted { start(of: $0) < start(of: $1) }
    }

    /// Who said it, as the article names them; `nil` for a quotation without a speaker.
    public func speakerName(of utterance: Utterance) -> String? {
        switch utterance {
        case .turn(let index):
            guard turns.indices.contains(index), speakers.indices.contains(turns[index].speaker) else { return nil }
            return speakers[turns[index].speaker].name
        case .quote(let index):
            return quotes.indices.contains(index) ? quotes[index].speaker : nil
        }
    }

    /// Where it starts: a turn's first block, a quotation's first quoted character.
    public func start(of utterance: Utterance) -> TextPosition {
        switch utterance {
        case .turn(let index): return TextPosition(block: turns.indices.contains(index) ? turns[index].blocks.lowerBound : 0, offset: 0)
        case .quote(let index): return quotes.indices.contains(index) ? quotes[index].range.lowerBound : TextPosition(block: 0, offset: 0)
        }
    }

    /// The quotation whose words hold `range` (a search match, a selection), if any.
    public func quoteIndex(containing range: Range<TextPosition>) -> Int? {
        quotes.firstIndex { $0.range.lowerBound <= range.lowerBound && range.upperBound <= $0.range.upperBound }
    }
}
