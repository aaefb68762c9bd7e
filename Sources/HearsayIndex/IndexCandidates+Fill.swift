import Foundation
import GRDB
import HearsayModel
import HearsaySearch

#if canImport(Glibc)
import Glibc
#endif

extension IndexCandidateSource {
    /// What `fill()` did.
    public struct FillReport: Sendable, Hashable, CustomStringConvertible {
        /// Article files under the reader's paths.
        public var files = 0
        /// Files whose record was missing or stale, refreshed (read, parsed, stored).
        public var refreshed = 0
        /// Articles whose folded text was missing, folded and stored.
        public var folded = 0
        /// Whether the full-text index is complete and fresh (the source answers).
        public var isReady = false

        public init(files: Int = 0) {
            self.files = files
        }

        public var description: String {
            "\(files) files, \(refreshed) refreshed, \(folded) folded into the full-text index" + (isReady ? "" : ", not usable")
        }
    }

    /// Articles folded and stored per write (memory, and a write lock held briefly).
    static let fillSlice = 256

    /// Makes the full-text index complete and fresh for the files under the reader's paths, then
    /// answers: stats every file against its row, refreshes the rows of those that changed,
    /// folds and stores the text of those without, one at a time on the calling thread. A cache
    /// that cannot be written leaves the source unready (searches fold every article). `walked`:
    /// the loader's walk of the same paths, with its `stat`s (its rows were refreshed with them),
    /// taken instead of walking again; a file written since is not in it, and so stays a
    /// candidate (as an article the index does not know), as does one changed since (the
    /// live reload replaces it: the search treats it as changed since loading).
    @discardableResult
    public func fill(walked: [ArticleFile]? = nil) throws -> FillReport {
        guard let index = lock.withLock({ index }) ?? opening() else { return FillReport() }
        lock.withLock { self.index = index }
        let files = walked ?? ArticleFileList(paths: paths).files
        var report = FillReport(files: files.count)
        // Rows judged by stamp alone (no record decoded); those that changed are refreshed.
        let outline = try index.outline(files, loader: loader)
        let rowOf = outline.rowIDs
        report.refreshed = outline.counts.verified + outline.counts.parsed
        let withText = try index.rowsWithText()
        let missing = files.indices.filter { position in rowOf[position].map { !withText.contains($0) } ?? false }
        // A file without a row could not be read (nor can the reader), unless the cache is read-only.
        var complete = index.isWritable
        for start in stride(from: 0, to: missing.count, by: Self.fillSlice) where complete {
            var texts: [(Int64, String)] = []
            for position in missing[start..<min(start + Self.fillSlice, missing.count)] {
                guard let article = loader.load(file: files[position]).article, let row = rowOf[position] else { continue }
                texts.append((row, FoldedArticle(article).indexedText))
            }
            complete = try index.storeText(texts)
            report.folded += texts.count
        }
        var rows: [String: Int64] = [:]
        for (position, file) in files.enumerated() {
            if let row = rowOf[position] { rows[file.displayPath] = row }
        }
        report.isReady = complete
        if complete {
            lock.withLock {
                rowByPath = rows
                mapping = nil
            }
        }
        return report
    }

    /// `fill()` on a thread of its own at the lowest priority, so keys and loading go first;
    /// `done` gets its report (or the error).
    public func startFilling(walked: [ArticleFile]? = nil, done: (@Sendable (Result<FillReport, Error>) -> Void)? = nil) {
        let thread = Thread { [self] in
            #if canImport(Glibc)
            // On Linux the nice value is per thread: this one only.
            _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 19)
            #endif
            let result = Result { try fill(walked: walked) }
            done?(result)
        }
        thread.name = "hearsay full-text index"
        thread.qualityOfService = .background
        thread.start()
    }
}
