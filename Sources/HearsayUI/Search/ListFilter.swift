import HearsaySearch

/// The article list's filter: what was typed and the filter run over the folded corpus, which
/// the runtime advances between key presses (as the corpus is folded) until it is finished.
public struct ListFilter: Sendable {
    public let typed: String
    var run: ArticleFilterRun
    /// Articles in the corpus.
    public let total: Int
    /// The articles a candidate source says may pass, folded as the run gets to them; `nil`: the
    /// run looks at every article, in the corpus folded so far.
    public internal(set) var candidates: CandidateFolding?

    init(typed: String, run: ArticleFilterRun, total: Int, candidates: CandidateFolding? = nil) {
        self.typed = typed
        self.run = run
        self.total = total
        self.candidates = candidates
    }

    /// Checks further articles, about `byteBudget` bytes of folded text: the corpus folded so far,
    /// or the candidates, folded first (`SearchWork.idleFoldBytes` at a time).
    mutating func advance(in space: SearchSpace, byteBudget: Int) {
        guard candidates != nil else { return run.advance(in: space.folded, byteBudget: byteBudget) }
        guard !run.isFinished else { return }
        candidates!.prepare(
            from: run.articlesDone, in: space.corpus, generation: space.generation, byteBudget: SearchWork.idleFoldBytes)
        run.advance(in: candidates!, byteBudget: byteBudget)
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
