import HearsaySearch

/// What searching keeps between key presses (`AppState.search`): the prompt being typed in,
/// the open article's search, the list filter, the coverage results, and the folded text they
/// all search (built on first use, never at startup).
public struct SearchState: Sendable {
    /// The prompt on the bottom row (while `AppState.overlay == .searchPrompt`).
    public internal(set) var prompt: SearchPrompt?
    /// The search in one article: its matches and the current one.
    public internal(set) var inArticle: ArticleSearch?
    /// The article list's filter, kept after Enter.
    public internal(set) var listFilter: ListFilter?
    /// The coverage search's results (shown while `AppState.overlay == .searchResults`).
    public internal(set) var results: CoverageResults?
    /// Every article folded: built the first time the list filter or the coverage search needs it.
    var foldedCorpus: FoldedCorpus?
    /// The corpus being folded a slice at a time while a corpus-wide prompt waits for its first key.
    var folding: FoldingProgress?
    /// The last article folded for an in-article search while the corpus is not folded.
    var foldedArticle: (index: Int, text: FoldedArticle)?
    /// The views as they were when the prompt opened, put back by Esc.
    var origin: SearchOrigin?

    public init() {}

    /// Whether the corpus has been folded for searching yet (it is, on the first list filter
    /// or coverage search).
    public var isIndexBuilt: Bool { foldedCorpus != nil }
}

/// The views and search as they were when a prompt opened.
struct SearchOrigin: Sendable {
    var reader: ReaderState
    var dialogue: DialogueState
    var inArticle: ArticleSearch?
}
