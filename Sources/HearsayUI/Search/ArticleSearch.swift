import HearsayModel
import HearsaySearch

/// A search in one article: every match, in reading order, and the current one.
public struct ArticleSearch: Sendable, Hashable {
    /// What was typed (the status bar shows it).
    public var typed: String
    public var query: SearchQuery
    /// Index into `Corpus.articles`.
    public var article: Int
    public var matches: [SearchMatch]
    /// Index into `matches` of the current match.
    public var current: Int?
    /// The way the search was typed (`/` or `\`): `n` goes on that way, `N` the other.
    public var direction: MatchNavigation.Direction

    public init(
        typed: String, query: SearchQuery, article: Int, matches: [SearchMatch], current: Int? = nil,
        direction: MatchNavigation.Direction
    ) {
        self.typed = typed
        self.query = query
        self.article = article
        self.matches = matches
        self.current = current
        self.direction = direction
    }

    /// The counter the status bar shows: the current match's place among those `isShown` keeps
    /// and how many that is. `nil` keeps every match, without a pass over them (the reader).
    func counter(_ isShown: ((SearchMatch) -> Bool)?) -> (position: Int?, count: Int) {
        guard let isShown else { return (current, matches.count) }
        var count = 0
        var position: Int?
        for (index, match) in matches.enumerated() where isShown(match) {
            if index == current { position = count }
            count += 1
        }
        return (position, count)
    }

    /// Indices into `matches` of those `isShown` keeps (the dialogue view's filter), in order.
    func candidates(_ isShown: (SearchMatch) -> Bool) -> [Int] {
        matches.indices.filter { isShown(matches[$0]) }
    }
}
