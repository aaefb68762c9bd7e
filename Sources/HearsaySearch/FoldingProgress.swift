import HearsayModel

/// A `FoldedCorpus` built a slice at a time, so a program can fold while its user pauses (between
/// opening a prompt and typing, between key presses) instead of all at once, and search the
/// articles folded so far (`corpus`) meanwhile.
public struct FoldingProgress: Sendable {
    public private(set) var folded: [FoldedArticle] = []
    public private(set) var total: Int

    public init(total: Int) {
        self.total = total
        folded.reserveCapacity(total)
    }

    public var isFinished: Bool { folded.count == total }

    /// The corpus grew to `total` articles (more arrived while it loads): they are folded next.
    public mutating func grow(to total: Int) {
        self.total = max(self.total, total)
    }

    /// The articles folded so far: the first `folded.count` of the corpus. Shares their storage;
    /// a caller that keeps it makes the next `advance` copy the array, so use it and let it go.
    public var corpus: FoldedCorpus { FoldedCorpus(folded: folded) }

    /// Folds the next articles of `corpus`, about `byteBudget` bytes of their text (at least one
    /// article), spread over the machine's cores as `FoldedCorpus` does.
    public mutating func advance(in corpus: Corpus, byteBudget: Int) {
        var end = folded.count
        var bytes = 0
        while end < total, bytes < byteBudget || end == folded.count {
            bytes += corpus.articles[end].blocks.reduce(0) { $0 + $1.text.utf8.count }
            end += 1
        }
        guard end > folded.count else { return }
        folded += FoldedCorpus(articles: Array(corpus.articles[folded.count..<end])).articles
    }

    /// The whole corpus folded: the articles folded so far and, all at once, the rest.
    public func finished(in corpus: Corpus) -> FoldedCorpus {
        if isFinished { return FoldedCorpus(folded: folded) }
        return FoldedCorpus(folded: folded + FoldedCorpus(articles: Array(corpus.articles[folded.count...])).articles)
    }
}
