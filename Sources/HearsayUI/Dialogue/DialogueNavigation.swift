import HearsayModel

/// Moving a cursor over an article's dialogue, seeing only the shown speakers' utterances.
/// The dialogue is the article's turns, or in an article without turns (prose), or when asked
/// (`listsQuotes`), its attributed quotes, their speakers the people quoted in order of first
/// quote. Positions ("turns" below)
/// index `utterances`: in an article with turns, a position is the turn's index.
/// Pure functions of the article: every jump of the dialogue view is one of these.
public struct DialogueNavigation: Sendable {
    public let article: Article
    /// Indices into `speakerNames`; `nil` shows everyone.
    public let shownSpeakers: Set<Int>?
    /// What the view lists, in article order.
    public let utterances: [Utterance]
    /// The dialogue's speakers: the article's, or the people its prose quotes.
    public let speakerNames: [String]
    /// `SpeakerIdentity` ids of `speakerNames` (what saved filters and `[`/`]` go by).
    public let speakerIDs: [String]
    /// Whether the dialogue lists quotes (an article without turns, or when asked) rather than turns.
    public let isQuotes: Bool
    /// The speaker of each utterance (index into `speakerNames`).
    private let utteranceSpeakers: [Int]

    /// `listsQuotes`: the quotes of an article with turns (those in its prose and those inside
    /// turns), in place of its turns (`]` to an article where someone is only quoted).
    public init(article: Article, shownSpeakers: Set<Int>?, listsQuotes: Bool = false) {
        self.article = article
        self.shownSpeakers = shownSpeakers
        isQuotes = listsQuotes || article.turns.isEmpty
        guard isQuotes else {
            utterances = article.turns.indices.map(Utterance.turn)
            utteranceSpeakers = article.turns.map(\.speaker)
            speakerNames = article.speakers.map(\.name)
            speakerIDs = article.speakers.map(\.id)
            return
        }
        // One speaker per person: `Keller` quoted after `Maria Keller` is the same one.
        var names: [String] = []
        var ids: [String] = []
        var quotes: [Utterance] = []
        var speakers: [Int] = []
        for (index, quote) in article.quotes.enumerated() {
            guard let name = quote.speaker else { continue }
            let id = SpeakerIdentity.id(forName: name, inArticle: article.id)
            let speaker = ids.firstIndex(of: id) ?? ids.count
            if speaker == ids.count {
                ids.append(id)
                names.append(name)
            }
            quotes.append(.quote(index))
            speakers.append(speaker)
        }
        utterances = quotes
        utteranceSpeakers = speakers
        speakerNames = names
        speakerIDs = ids
    }

    /// Where utterance `turn` is in the article: a turn's blocks, a quote's words.
    public func range(of turn: Int) -> Range<TextPosition>? {
        guard utterances.indices.contains(turn) else { return nil }
        switch utterances[turn] {
        case .turn(let index):
            let blocks = article.turns[index].blocks
            return TextPosition(block: blocks.lowerBound, offset: 0)..<TextPosition(block: blocks.upperBound, offset: 0)
        case .quote(let index):
            return article.quotes[index].range
        }
    }

    /// The utterance holding `position`, if any.
    public func utterance(holding position: TextPosition) -> Int? {
        if !isQuotes { return article.turns.firstIndex { $0.blocks.contains(position.block) } }
        return utterances.indices.first { range(of: $0).map { $0.lowerBound <= position && position < $0.upperBound } ?? false }
    }

    /// The first utterance that starts at or after `position` (where the reader's top is).
    public func firstUtterance(atOrAfter position: TextPosition) -> Int? {
        utterances.indices.first { article.start(of: utterances[$0]) >= position }
    }

    public func isShown(_ turn: Int) -> Bool {
        shownSpeakers?.contains(utteranceSpeakers[turn]) ?? true
    }

    /// The shown speakers in article order: the `1`–`9` keys reach the n-th of them.
    public var shownSpeakerList: [Int] {
        shownSpeakers.map { $0.sorted() } ?? Array(speakerNames.indices)
    }

    /// The shown turns, in order.
    public var shownTurns: [Int] { utterances.indices.filter(isShown) }

    /// The first shown turn after `turn` that satisfies `condition`.
    public func next(after turn: Int, where condition: (Int) -> Bool = { _ in true }) -> Int? {
        guard turn + 1 < utterances.count else { return nil }
        return ((turn + 1)..<utterances.count).first { isShown($0) && condition($0) }
    }

    /// The last shown turn before `turn` that satisfies `condition`.
    public func previous(before turn: Int, where condition: (Int) -> Bool = { _ in true }) -> Int? {
        guard turn > 0 else { return nil }
        return (0..<min(turn, utterances.count)).last { isShown($0) && condition($0) }
    }

    public func speaker(of turn: Int) -> Int { utteranceSpeakers[turn] }

    /// The next shown turn by the same speaker as `turn`.
    public func nextBySameSpeaker(after turn: Int) -> Int? {
        next(after: turn) { speaker(of: $0) == speaker(of: turn) }
    }

    public func previousBySameSpeaker(before turn: Int) -> Int? {
        previous(before: turn) { speaker(of: $0) == speaker(of: turn) }
    }

    /// The next turn of `speakerIndex` after `turn` (wrapping to the first when there is none
    /// after). The dialogue view asks only for shown speakers, so the turn is a shown one.
    public func nextTurn(ofSpeaker speakerIndex: Int, after turn: Int?) -> Int? {
        let start = (turn ?? -1) + 1
        let turns = utterances.indices
        return turns[start...].first { speaker(of: $0) == speakerIndex }
            ?? turns.first { speaker(of: $0) == speakerIndex }
    }

    /// The first shown turn after `turn` whose speaker differs from the previous shown turn's.
    public func nextSpeakerChange(after turn: Int) -> Int? {
        next(after: turn) { speaker(of: $0) != speaker(of: turn) }
    }

    /// The start of the run of turns before the cursor's run: the latest shown turn before
    /// `turn` whose speaker differs from `turn`'s, then back to the first turn of that run.
    public func previousSpeakerChange(before turn: Int) -> Int? {
        guard var candidate = previous(before: turn, where: { speaker(of: $0) != speaker(of: turn) }) else { return nil }
        while let earlier = previous(before: candidate), speaker(of: earlier) == speaker(of: candidate) {
            candidate = earlier
        }
        return candidate
    }

    /// The shown turn closest to `turn` (itself when shown, else the next, else the previous).
    public func nearestShownTurn(to turn: Int?) -> Int? {
        guard let turn, utterances.indices.contains(turn) else { return shownTurns.first }
        if isShown(turn) { return turn }
        return next(after: turn) ?? previous(before: turn)
    }
}

extension Utterance {
    /// The quote's index into `Article.quotes` (`nil` for a turn).
    var quote: Int? {
        guard case .quote(let index) = self else { return nil }
        return index
    }
}
