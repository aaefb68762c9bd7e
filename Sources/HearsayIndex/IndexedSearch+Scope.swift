import Foundation
import HearsayModel
import HearsaySearch

extension IndexedSearch {
    /// The files of one outline (or refresh) made ready for any number of searches: their final ids
    /// (duplicates renamed), the loading diagnostics, every article's folded text in the full-text
    /// index, and which index row is which file. None of it depends on the phrase, so a reader
    /// builds it once per refresh and each query then costs only its own first page.
    public struct Scope {
        /// Every loading diagnostic, as a fresh load reports them.
        public let diagnostics: [Diagnostic]
        public let counts: ArticleIndex.Counts
        let files: [ArticleFile]
        /// The id after duplicates are renamed, by position; `nil` for files without an article.
        let finalIDs: [String?]
        /// Positions of articles whose text is not in the full-text index (a read-only cache):
        /// each query must parse and look at them itself. In load order.
        let unstored: [Int]
        /// The position of each index row that holds folded text.
        let positionByRow: [Int64: Int]
        /// Rows with text in load order, when their row ids ascend with it (rows are numbered as
        /// files are first indexed, so usually): the index can then hand out candidates in load
        /// order a page at a time. `nil` otherwise (every candidate is asked for at once).
        let rowsInLoadOrder: [(row: Int64, position: Int)]?
        /// Positions folded (and stored when possible) while the scope was built, in load order.
        let foldedWhenBuilt: [Int]
        let index: ArticleIndex
        let loader: CorpusLoader

        /// Folds and stores what the full-text index lacks (all of it on a cold cache, a slice at
        /// a time for memory).
        public init(
            files list: ArticleFileList, refreshed: ArticleIndex.Refresh, index: ArticleIndex, loader: CorpusLoader = CorpusLoader()
        )
            throws
        {
            var ignored: [Int: FoldedArticle] = [:]
            try self.init(
                files: list, outline: ArticleIndex.Outline(refreshed), index: index, loader: loader, keepingMatchesOf: nil, folded: &ignored
            )
        }

        /// As above; articles folded on the way that may contain `query`'s phrase are kept in
        /// `folded` (by position), so the search that built the scope need not parse them again.
        init(
            files list: ArticleFileList, outline: ArticleIndex.Outline, index: ArticleIndex, loader: CorpusLoader,
            keepingMatchesOf query: SearchQuery?, folded: inout [Int: FoldedArticle]
        ) throws {
            self.index = index
            self.loader = loader
            files = list.files
            var outline = outline
            diagnostics = list.diagnostics + outline.diagnostics.flatMap { $0 }
            counts = outline.counts
            let finalIDs = outline.finalIDs(of: list.files)
            self.finalIDs = finalIDs

            let indexedRows = try index.rowsWithText()
            var hasText = list.files.indices.map { position in
                finalIDs[position] != nil && (outline.rowIDs[position].map(indexedRows.contains) ?? false)
            }
            let unindexed = list.files.indices.filter { finalIDs[$0] != nil && !hasText[$0] }
            for start in stride(from: 0, to: unindexed.count, by: IndexedSearch.foldingSlice) {
                let slice = Array(unindexed[start..<min(start + IndexedSearch.foldingSlice, unindexed.count)])
                let foldedSlice = CorpusLoader.map(slice.map { (list.files[$0], outline.articles[$0], finalIDs[$0]!) }) {
                    file, article, id in
                    IndexedSearch.fold(article ?? loader.load(file: file).article, id: id)
                }
                let texts = zip(slice, foldedSlice).compactMap { position, folded -> (Int, Int64, String)? in
                    guard let folded, let row = outline.rowIDs[position] else { return nil }
                    return (position, row, folded.indexedText)
                }
                if try index.storeText(texts.map { ($0.1, $0.2) }) {
                    for (position, _, _) in texts { hasText[position] = true }
                }
                for (position, article) in zip(slice, foldedSlice) {
                    outline.articles[position] = nil  // folded now: the parsed article need not stay
                    if let query, let article, article.mayMatch(query) { folded[position] = article }
                }
            }

            foldedWhenBuilt = unindexed
            unstored = unindexed.filter { !hasText[$0] }
            var positionByRow: [Int64: Int] = [:]
            var inOrder: [(row: Int64, position: Int)] = []
            for position in list.files.indices where hasText[position] {
                guard let row = outline.rowIDs[position] else { continue }
                positionByRow[row] = position
                inOrder.append((row, position))
            }
            self.positionByRow = positionByRow
            rowsInLoadOrder = zip(inOrder, inOrder.dropFirst()).allSatisfy { $0.row < $1.row } ? inOrder : nil
        }
    }
}
