import HearsayModel

/// Moving a cursor over an article's dialogue turns, seeing only the shown speakers' turns.
/// Pure functions of the article: every jump of the dialogue view is one of these.
public struct DialogueNavigation: Sendable {
    public let article: Article
    /// Indices into `Article.speakers`; `nil` shows everyone.
    public let shownSpeakers: Set<Int>?

    public init(article: Article, shownSpeakers: Set<Int>?) {
        self.article = article
        self.shownSpeakers = shownSpeakers
    }

    public func isShown(_ turn: Int) -> Bool {
        shownSpeakers?.contains(article.turns[turn].speaker) ?? true
    }

    /// The shown speakers in article order: the `1`–`9` keys reach the n-th of them.
    public var shownSpeakerList: [Int] {
        shownSpeakers.map { $0.sorted() } ?? Array(article.speakers.indices)
    }

    /// The shown turns, in order.
    public var shownTurns: [Int] { article.turns.indices.filter(isShown) }

    /// The first shown turn after `turn` that satisfies `condition`.
    public func next(after turn: Int, where condition: (Int) -> Bool = { _ in true }) -> Int? {
        guard turn + 1 < article.turns.count else { return nil }
        return ((turn + 1)..<article.turns.count).first { isShown($0) && condition($0) }
    }

    /// The last shown turn before `turn` that satisfies `condition`.
    public func previous(before turn: Int, where condition: (Int) -> Bool = { _ in true }) -> Int? {
        guard turn > 0 else { return nil }
        return (0..<min(turn, article.turns.count)).last { isShown($0) && condition($0) }
    }

    public func speaker(of turn: Int) -> Int { article.turns[turn].speaker }

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
        let turns = article.turns.indices
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
        guard let turn, article.turns.indices.contains(turn) else { return shownTurns.first }
        if isShown(turn) { return turn }
        return next(after: turn) ?? previous(before: turn)
    }
}
