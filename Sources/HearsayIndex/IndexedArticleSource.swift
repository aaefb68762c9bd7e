import Foundation
import HearsayModel

/// The reader's articles from the persistent index: each batch is refreshed (only files that
/// changed are read and parsed; a cold start parses and fills the index as it goes) and handed
/// over as heads, which the loader makes shells with lazy bodies. The index is opened on the
/// loading thread, at the first batch (a locked cache waits there, never before the first frame).
/// A cache that cannot be opened or fails midway: the rest is parsed as without one, said in the
/// notices. Rows of files no longer found are removed once, at the end.
public final class IndexedArticleSource: ArticleSource, @unchecked Sendable {
    private let open: () -> ArticleIndex.Opening
    /// The folders given, whose vanished files' rows are removed at the end.
    private let folders: [String]
    private let lock = NSLock()
    private var index: ArticleIndex?
    private var opened = false
    private var abandoned: [String] = []
    private var tally = ArticleIndex.Counts()
    /// The absolute paths of the files read so far that have a row (the end's pruning counts them).
    private var rowPaths: [String] = []

    /// The index in `cacheFolder`, for the files under `paths`.
    public convenience init(cacheFolder: String, paths: [String]) {
        self.init(paths: paths) { ArticleIndex.open(folder: cacheFolder) }
    }

    /// `open` gives the index (tests give one with their own clock).
    public init(paths: [String], open: @escaping () -> ArticleIndex.Opening) {
        self.open = open
        self.folders = ArticleFileList.folders(among: paths)
    }

    /// What the refreshes did so far: a warm start parses nothing (`parsed == 0`).
    public var counts: ArticleIndex.Counts { lock.withLock { tally } }

    public func read(_ files: [ArticleFile], loader: CorpusLoader) -> [FileRead] {
        lock.withLock {
            if !opened {
                opened = true
                let opening = open()
                index = opening.index
                abandoned += opening.notices
            }
            guard let index else { return parse(files, loader: loader) }
            do {
                let refresh = try index.refresh(files, loader: loader)
                tally.reused += refresh.counts.reused
                tally.verified += refresh.counts.verified
                tally.parsed += refresh.counts.parsed
                let parsedAny = refresh.counts.parsed > 0
                for (file, row) in zip(files, refresh.rowIDs) where row != nil { rowPaths.append(absolutePath(file.path)) }
                return refresh.records.map { record in
                    FileRead(
                        content: record.head.map { .head($0, blockCount: record.blockCount) } ?? .none, diagnostics: record.diagnostics,
                        wasParsed: parsedAny)
                }
            } catch {
                abandoned += index.notices + [index.abandon(after: error)]
                self.index = nil
                return parse(files, loader: loader)
            }
        }
    }

    public func finish(files: [ArticleFile]) -> [String] {
        lock.withLock {
            guard let index else { return abandoned }
            do {
                tally.removed += try index.prune(under: folders, keeping: files, rowPaths: rowPaths)
                return abandoned + index.notices
            } catch {
                self.index = nil
                return abandoned + index.notices + [index.abandon(after: error)]
            }
        }
    }

    /// Without the index: every file parsed, bodies held (the caller holds the lock).
    private func parse(_ files: [ArticleFile], loader: CorpusLoader) -> [FileRead] {
        tally.parsed += files.count
        return ParsingArticleSource().read(files, loader: loader)
    }
}
