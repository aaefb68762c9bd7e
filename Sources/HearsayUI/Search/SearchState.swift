import HearsaySearch

/// What searching keeps between key presses (`AppState.search`): the prompt being typed in,
/// the open article's search, the list filter, the coverage results, and the folded text they
/// all search (built on first use, a slice at a time between key presses; never at startup).
public struct SearchState: Sendable {
    /// The prompt on the bottom row (while `AppState.overlay == .searchPrompt`).
    public internal(set) var prompt: SearchPrompt?
    /// Searches typed this session (article and coverage), for Up/Down at the prompt.
    public internal(set) var searchHistory = PromptHistory()
    /// List filters typed this session.
    public internal(set) var filterHistory = PromptHistory()
    /// The search in one article: its matches and the current one.
    public internal(set) var inArticle: ArticleSearch?
    /// The article list's filter, kept after Enter.
    public internal(set) var listFilter: ListFilter?
    /// The coverage search's results (shown while `AppState.overlay == .searchResults`).
    public internal(set) var results: CoverageResults?
    /// The corpus folded for searching so far: started when a corpus-wide prompt (the list filter,
    /// `F`) first opens, and grown a slice at a time while no key waits. The list filter and the
    /// coverage search look only at the articles folded so far and go on as more are, so no key
    /// press pays for folding the corpus.
    var folding: FoldingProgress?
    /// The last article folded for an in-article search while the corpus is not folded.
    var foldedArticle: (index: Int, text: FoldedArticle)?
    /// Articles replaced, or added, after the corpus loaded (indices into `Corpus.articles`): a
    /// candidate source's index may not hold their text as it is now, so they are always searched.
    var changedSinceLoaded: Set<Int> = []
    /// Every article's metadata folded, for the list filter's candidates.
    var metadata: MetadataTable?
    /// The views as they were when the prompt opened, put back by Esc.
    var origin: SearchOrigin?

    public init() {}

    /// Notes what a corpus change replaced and, once loading is over (`afterLoading`), added.
    mutating func noteChangedArticles(replaced: some Sequence<Int>, arrived: some Sequence<Int>, afterLoading: Bool) {
        changedSinceLoaded.formUnion(replaced)
        if afterLoading { changedSinceLoaded.formUnion(arrived) }
    }

    /// Every article folded, once the folding has finished.
    var foldedCorpus: FoldedCorpus? {
        guard let folding, folding.isFinished else { return nil }
        return folding.corpus
    }

    /// Whether the corpus has been folded for searching yet (it is, some time after the first
    /// list filter or coverage search).
    public var isIndexBuilt: Bool { folding?.isFinished ?? false }

    /// Articles folded for searching so far.
    public var foldedArticleCount: Int { folding?.folded.count ?? 0 }
}

/// The views and search as they were when a prompt opened.
struct SearchOrigin: Sendable {
    var reader: ReaderState
    var dialogue: DialogueState
    var inArticle: ArticleSearch?
}
