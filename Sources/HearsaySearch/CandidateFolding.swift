import HearsayModel

/// The candidates of one query (`SearchCandidates`) and those of them folded just ahead of the
/// search that looks at them: what the coverage search and the list filter search when a
/// candidate source answers. Only candidates are ever folded, and those behind the search are let
/// go, so a search holds about `byteBudget` of folded text whatever the corpus's size.
public struct CandidateFolding: Sendable, FoldedArticleSupply {
    public private(set) var candidates: SearchCandidates
    /// Folded candidates at or after the search's position, by article index.
    private var folded: [Int: FoldedArticle] = [:]
    /// The corpus generation the folded articles were made from.
    private var generation: Int?
    /// Articles folded so far (each candidate once, unless the corpus changed under it).
    public private(set) var foldedCount = 0

    public init(candidates: SearchCandidates) {
        self.candidates = candidates
    }

    /// Whether every candidate is known.
    public var isDecided: Bool { candidates.isFinished }

    /// Gets the candidates from `position` on ready: asks the source for pages (at most
    /// `maximumPages`) until a candidate is decided there, and folds the next candidates, about
    /// `byteBudget` bytes of their text ahead of `position` (at least one when any is decided).
    public mutating func prepare(from position: Int, in corpus: Corpus, generation: Int, byteBudget: Int, maximumPages: Int = 4) {
        if self.generation != generation {
            folded = [:]
            self.generation = generation
        }
        folded = folded.filter { $0.key >= position }
        var pages = 0
        var bytes = 0
        var batch: [Int] = []
        var index = position
        while bytes < byteBudget {
            if let candidate = candidates.firstDecided(atOrAfter: index) {
                index = candidate + 1
                guard candidate < corpus.articles.count else { break }
                if let already = folded[candidate] {
                    bytes += already.foldedByteCount
                    continue
                }
                batch.append(candidate)
                bytes += max(corpus.articles[candidate].blocks.reduce(0) { $0 + $1.text.utf8.count }, 1)
            } else if !candidates.isFinished, pages < maximumPages {
                candidates.advance()
                pages += 1
            } else {
                break
            }
        }
        guard !batch.isEmpty else { return }
        let articles = FoldedCorpus(articles: batch.map { corpus.articles[$0] }).articles
        for (candidate, article) in zip(batch, articles) { folded[candidate] = article }
        foldedCount += batch.count
    }

    /// The first candidate at or after `index`, when it is folded.
    public func next(atOrAfter index: Int) -> NextArticle {
        guard let candidate = candidates.firstDecided(atOrAfter: index) else {
            return .nothingBefore(max(index, candidates.decidedBelow))
        }
        guard let article = folded[candidate] else { return .nothingBefore(candidate) }
        return .ready(candidate, article)
    }
}
