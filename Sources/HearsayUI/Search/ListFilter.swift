import HearsaySearch

/// The article list's filter: what was typed and the filter run over the folded corpus, which
/// the runtime advances between key presses (as the corpus is folded) until it is finished.
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

    /// What the status bar says when a kept filter keeps nothing.
    static func nothingMatches(_ typed: String) -> String { "no article matches “\(typed)”" }

    /// `searching… 1200/6548` while the run has not got through the corpus, else nothing.
    public var progressText: String? {
        isFinished ? nil : "searching… \(run.articlesDone)/\(total)"
    }

    /// `filter: 潮汐  3/4`, and how far the search has got while it goes on.
    public var statusText: String {
        "filter: \(typed)  \(kept.count)/\(total)" + (progressText.map { "  " + $0 } ?? "")
    }
}
