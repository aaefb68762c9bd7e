import HearsaySearch

/// The article list's filter: what was typed and the filter run over the folded corpus, which
/// the runtime advances between key presses until it is finished.
public struct ListFilter: Sendable {
    public let typed: String
    var run: ArticleFilterRun
    /// Articles in the corpus.
    public let total: Int

    init(typed: String, run: ArticleFilterRun, total: Int) {
        self.typed = typed
        self.run = run
        self.total = total
    }

    /// Articles kept so far (indices into `Corpus.articles`).
    public var kept: [Int] { run.matching }
    public var isFinished: Bool { run.isFinished }

    /// `filter: 潮汐  3/4` (with `…` while still looking).
    public var statusText: String {
        "filter: \(typed)  \(kept.count)/\(total)\(isFinished ? "" : "…")"
    }
}
