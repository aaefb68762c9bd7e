import Dispatch
import HearsayModel

/// Articles of a corpus folded for searching, in corpus order: all of them (`hearsay search`, the
/// benchmarks), or the first ones folded so far while the UI folds the rest in slices
/// (`FoldingProgress.corpus`); shared by every query, the list filter and the reader.
public struct FoldedCorpus: Sendable {
    /// In `Corpus.articles` order.
    public let articles: [FoldedArticle]

    public init(_ corpus: Corpus) {
        self.init(articles: corpus.articles)
    }

    /// Folds `articles`, spreading the work over the machine's cores.
    public init(articles: [Article]) {
        let folded = UnsafeMutableBufferPointer<FoldedArticle?>.allocate(capacity: articles.count)
        folded.initialize(repeating: nil)
        defer { folded.deallocate() }
        // Each worker writes only its own slots, and the array is read after all have finished.
        nonisolated(unsafe) let slots = folded
        let chunkCount = max(1, min(articles.count, 64))
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
            var index = chunk
            while index < articles.count {
                slots[index] = FoldedArticle(articles[index])
                index += chunkCount
            }
        }
        self.articles = folded.map { $0! }
    }

    /// Articles already folded, in `Corpus.articles` order (see `FoldingProgress`).
    public init(folded: [FoldedArticle]) {
        self.articles = folded
    }

    /// UTF-8 bytes of folded text that a search scans.
    public var foldedByteCount: Int {
        articles.reduce(0) { $0 + $1.foldedByteCount }
    }
}
