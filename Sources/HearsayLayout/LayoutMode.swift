/// What an `ArticleLayout` shows.
public enum LayoutMode: Hashable, Sendable {
    /// The whole article: title, date and source, lede, key points, sections, paragraphs, turns.
    case article
    /// Only the dialogue turns; `speakers` (indices into `Article.speakers`) keeps those
    /// speakers' turns only, `nil` keeps every turn.
    case dialogue(speakers: Set<Int>?)
}
