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
        }
    }

    /// Whether turn `index` is shown only as the context of the next turn (dimmed).
    public func isContext(_ index: Int, of article: Article) -> Bool {
        guard case .dialogueInContext(let speakers) = self else { return false }
        let turns = article.turns
        return !speakers.contains(turns[index].speaker) && turns.indices.contains(index + 1)
            && speakers.contains(turns[index + 1].speaker)
    }
}
