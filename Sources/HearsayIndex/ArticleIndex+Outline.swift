import Foundation
import GRDB
import HearsayModel

extension ArticleIndex {
    /// Of each file, what a search needs and no more: whether it gives an article, what loading it
    /// reports, and its index row. A file whose stamp holds is served from its row's columns
    /// without decoding its record; the others are refreshed (hashed, or read and parsed, and
    /// stored) as `refresh` does.
    public struct Outline: Sendable {
        /// Whether each file gives an article, in the order of the files asked for.
        public var hasArticle: [Bool]
        /// What loading each file reports, in order (named by its display path as given now).
        public var diagnostics: [[Diagnostic]]
        /// The index row of each file; `nil` when it could not be stored (read-only cache).
        public var rowIDs: [Int64?]
        /// The articles parsed on the way (only when asked to keep them), else `nil`.
        public var articles: [Article?]
        public var counts: Counts

        init(count: Int) {
            hasArticle = Array(repeating: false, count: count)
            diagnostics = Array(repeating: [], count: count)
            rowIDs = Array(repeating: nil, count: count)
            articles = Array(repeating: nil, count: count)
            counts = Counts()
        }

        /// The outline of files refreshed already.
        public init(_ refresh: Refresh) {
            hasArticle = refresh.records.map { $0.head != nil }
            diagnostics = refresh.records.map(\.diagnostics)
            rowIDs = refresh.rowIDs
            articles = refresh.articles
            counts = refresh.counts
        }

        /// The id of each file's article after duplicates are renamed, as the loader renames them
        /// in load order (`nil` for a file without an article). An article keeps the id it was
        /// parsed with, which is its file's id.
        public func finalIDs(of files: [ArticleFile]) -> [String?] {
            var ids = ArticleIDs()
            return zip(files, hasArticle).map { file, hasArticle in
                hasArticle ? ids.claim(file.id, displayPath: file.displayPath) : nil
            }
        }
    }

    /// The outline of `files`: their rows read without records and judged by stamp alone, the
    /// files whose stamp does not hold refreshed (read, parsed and stored as `refresh` does). Rows
    /// of files under `folders` that are not among `files` any more are removed.
    public func outline(
        _ files: [ArticleFile], pruningUnder folders: [String] = [], loader: CorpusLoader = CorpusLoader(),
        keepingArticles: Bool = false
    ) throws -> Outline {
        let keys = files.map { absolutePath($0.path) }
        let stored = try database.read { try StoredFile.rows(matching: keys, in: $0, .withoutRecord) }
        var outline = Outline(count: files.count)
        var stale: [Int] = []
        for (position, file) in files.enumerated() {
            let row = stored[keys[position]]
            let stamp = file.status.map(FileStamp.init) ?? FileStamp(path: file.path)
            guard case .unchanged(let row) = FileStanding(stored: row, file: file, stamp: stamp),
                let diagnostics = row.diagnostics(for: file)
            else {
                stale.append(position)
                continue
            }
            outline.hasArticle[position] = row.hasArticle
            outline.diagnostics[position] = diagnostics
            outline.rowIDs[position] = row.rowID
            outline.counts.reused += 1
        }
        if !stale.isEmpty {
            let refresh = try refresh(stale.map { files[$0] }, loader: loader, keepingArticles: keepingArticles)
            for (slot, position) in stale.enumerated() {
                outline.hasArticle[position] = refresh.records[slot].head != nil
                outline.diagnostics[position] = refresh.records[slot].diagnostics
                outline.rowIDs[position] = refresh.rowIDs[slot]
                outline.articles[position] = refresh.articles[slot]
            }
            outline.counts.reused += refresh.counts.reused
            outline.counts.verified = refresh.counts.verified
            outline.counts.parsed = refresh.counts.parsed
        }
        if !folders.isEmpty {
            let rowPaths = files.indices.filter { outline.rowIDs[$0] != nil }.map { keys[$0] }
            outline.counts.removed = try prune(under: folders, keeping: files, rowPaths: rowPaths)
        }
        return outline
    }
}
