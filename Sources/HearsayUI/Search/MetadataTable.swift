import HearsayModel
import HearsaySearch

/// Every article's metadata folded (`FoldedArticle.foldedMetadata`), for one corpus generation:
/// the list filter's candidates include the articles whose metadata matches, which the index's
/// text does not hold. Made a slice at a time while the filter's prompt waits for a key.
struct MetadataTable: Sendable {
    let generation: Int
    private(set) var folded: [[UInt8]] = []

    init(generation: Int) {
        self.generation = generation
    }

    func isComplete(for corpus: Corpus) -> Bool { folded.count >= corpus.articles.count }

    /// Folds the metadata of the next `count` articles (all of them with `.max`), on all cores.
    mutating func advance(in corpus: Corpus, count: Int) {
        let end = corpus.articles.count - folded.count <= count ? corpus.articles.count : folded.count + count
        guard end > folded.count else { return }
        folded += CorpusLoader.map(Array(corpus.articles[folded.count..<end])) { FoldedArticle.foldedMetadata(of: $0) }
    }
}

extension AppState {
    /// The metadata table of the corpus as it is now, completed first.
    mutating func foldedMetadataTable() -> [[UInt8]] {
        advanceMetadataTable(count: .max)
        return search.metadata!.folded
    }

    /// Whether the list filter's prompt is open, a candidate source answers and the metadata
    /// table is not made yet: it is, in the pause before the first key.
    var needsMetadataTable: Bool {
        guard search.prompt?.purpose == .listFilter, hasCandidateSource else { return false }
        guard let table = search.metadata, table.generation == corpusState.generation else { return true }
        return !table.isComplete(for: corpus)
    }

    mutating func advanceMetadataTable(count: Int) {
        if search.metadata?.generation != corpusState.generation { search.metadata = MetadataTable(generation: corpusState.generation) }
        search.metadata!.advance(in: corpus, count: count)
    }
}
