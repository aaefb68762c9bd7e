import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Loads files and folders on a thread of its own and hands the articles over in batches
/// (`CorpusChange`s with progress), so a program can show the first of them at once. Batches
/// start small (the first screen fills quickly) and grow while files are parsed (a cold start);
/// after a batch that parsed nothing (a warm index) the rest comes `warmBatch` files at a time.
/// Articles are handed over when they are half as many as those handed over already (each arrival
/// costs the receiver a pass over the corpus), progress after every batch. Files that may be
/// slow (over `slowFileBytes`, or not regular files: a pipe) are read after all the others, each
/// in a batch of its own, so one of them never holds the rest back; they are parsed here and keep
/// their bodies (`heldSlowFileBytes`). The order is therefore: the other files in load order, then
/// the slow ones in load order; ids are made unique in that order as `CorpusLoader` does. Each
/// batch is read by the `ArticleSource` given: parsed here, or from the persistent index as heads
/// whose bodies are read from the files when needed (shells: `Article.shell`, sharing
/// `bodyCache`). Each file is stat'ed once, by the walk.
public final class StreamingCorpusLoader: Sendable {
    public let paths: [[UInt8]]
    public let loader: CorpusLoader
    public let slowFileBytes: Int
    /// Files in the first batch (then twice as many each time, up to `maximumBatch`).
    public let firstBatch: Int
    public let maximumBatch: Int
    /// Files in each batch after one that parsed nothing (served from the index).
    public let warmBatch: Int
    /// Slow files (over `slowFileBytes`) are parsed here, on the loading thread, and keep their
    /// bodies, so that opening one never parses on the UI thread; up to this many bytes of files
    /// in all (a parsed article holds about 2× its file's size). Past it they are read like the
    /// others (from the index: bodies parsed when opened).
    public let heldSlowFileBytes: Int
    /// Applied to each batch's articles before it is handed over (the user's speakers.toml).
    public let adjust: @Sendable ([Article]) -> [Article]
    /// Said with the last batch, given every loading problem (after what the source has to say).
    private let summarize: @Sendable ([Diagnostic]) -> String?
    public let source: any ArticleSource
    /// Where shells keep the blocks read from their files.
    public let bodyCache: BlockCache
    /// Called (on any thread) when a shell finds its file gone or changed: look at the files again.
    private let onStale: @Sendable () -> Void
    /// Called on the loading thread with each folder before the walk lists it (`CorpusWatcher.watch`).
    private let onFolder: @Sendable (String) -> Void

    public init(
        pathBytes paths: [[UInt8]], loader: CorpusLoader = CorpusLoader(), slowFileBytes: Int = 1 << 20,
        firstBatch: Int = 32, maximumBatch: Int = 2048, warmBatch: Int = 4096, heldSlowFileBytes: Int = 256 << 20,
        adjust: @escaping @Sendable ([Article]) -> [Article] = { $0 },
        source: any ArticleSource = ParsingArticleSource(), bodyCache: BlockCache = .shared,
        onStale: @escaping @Sendable () -> Void = {}, onFolder: @escaping @Sendable (String) -> Void = { _ in },
        summarize: @escaping @Sendable ([Diagnostic]) -> String? = { _ in nil }
    ) {
        self.onFolder = onFolder
        self.paths = paths
        self.loader = loader
        self.slowFileBytes = slowFileBytes
        self.firstBatch = firstBatch
        self.maximumBatch = maximumBatch
        self.warmBatch = warmBatch
        self.heldSlowFileBytes = heldSlowFileBytes
        self.adjust = adjust
        self.summarize = summarize
        self.source = source
        self.bodyCache = bodyCache
        self.onStale = onStale
    }

    /// Starts loading on a new thread; `deliver` gets each batch on that thread, the last one with
    /// `progress == nil`.
    public func start(deliver: @escaping @Sendable (CorpusChange) -> Void) {
        let thread = Thread { self.run(deliver: deliver) }
        thread.name = "hearsay corpus loader"
        thread.start()
    }

    /// Loads everything on the calling thread, batch by batch; returns what was read of each file,
    /// for `LoadedFiles.rescan` to find what changed later.
    @discardableResult
    public func run(deliver: (CorpusChange) -> Void) -> LoadedFiles {
        deliver(CorpusChange(progress: LoadingProgress(done: 0, total: nil)))
        let walker = FileWalker(paths: paths.map(PathBytes.init), onFolder: onFolder)
        let (quick, slow) = splitBySpeed(walker.files)
        let files = quick + slow
        var allDiagnostics = walker.diagnostics
        var loadedFiles = LoadedFiles()
        loadedFiles.walkedFiles = walker.files.map(ArticleFile.init)
        var done = 0
        var batchSize = firstBatch
        var pendingDiagnostics = walker.diagnostics
        var pendingArticles: [Article] = []
        var delivered = 0
        var heldSlowBytes = 0
        while done < files.count {
            // A slow file is a batch of its own: what comes before it is shown meanwhile.
            let end = done < quick.count ? min(quick.count, done + batchSize) : done + 1
            let batch = Array(files[done..<end])
            // Each file's version is the walk's `stat`, taken before it is read: a write after that
            // is seen later.
            let versions = batch.map { $0.status.map(FileVersion.init) }
            let batchSource = sourceFor(batch, heldSlowBytes: &heldSlowBytes)
            let reads = batchSource.read(batch.map(ArticleFile.init), loader: loader)
            var ids: [String?] = []
            ids.reserveCapacity(batch.count)
            for ((file, version), read) in zip(zip(batch, versions), reads) {
                pendingDiagnostics += read.diagnostics
                allDiagnostics += read.diagnostics
                ids.append(loadedFiles.recordLoaded(file, version: version, articleID: read.articleID))
            }
            // Ids are made unique in order, above; the articles (shells) are made on all cores.
            let claimed = ids
            let shells = ParallelMap.map(count: batch.count) { index in
                claimed[index].flatMap { self.article(from: reads[index].content, id: $0, file: batch[index]) }
            }
            pendingArticles += shells.compactMap { $0 }
            done += batch.count
            let finished = done == files.count
            // Articles (and their files' problems) go out when they are half as many as those out
            // already (each arrival costs the receiver a pass over the corpus: this keeps the passes
            // few), or before a slow file; progress goes out after every batch.
            let handOver = finished || done >= quick.count || pendingArticles.count >= max(firstBatch, delivered / 2)
            let articles = handOver ? pendingArticles : []
            let diagnostics = handOver ? pendingDiagnostics : []
            if handOver {
                delivered += pendingArticles.count
                pendingArticles = []
                pendingDiagnostics = []
            }
            deliver(
                CorpusChange(
                    appended: adjust(articles), diagnostics: diagnostics,
                    progress: finished ? nil : LoadingProgress(done: done, total: files.count),
                    summary: finished ? finalSummary(allDiagnostics, files: files) : nil))
            // Batches grow so that a cold start (parsing) shows progress often; a batch that needed
            // no parse (a warm start) costs little, so the rest comes in the largest batches.
            let parsedNothing = reads.allSatisfy { !$0.wasParsed }
            if done <= quick.count { batchSize = parsedNothing ? max(batchSize, warmBatch) : min(batchSize * 2, maximumBatch) }
        }
        if files.isEmpty {
            deliver(CorpusChange(diagnostics: pendingDiagnostics, summary: finalSummary(pendingDiagnostics, files: [])))
        }
        return loadedFiles
    }

    /// Who reads `batch`: the source given, but a slow file is parsed here with its body held
    /// (within `heldSlowFileBytes`, counted in `held`) and a file that is not a regular file (a
    /// pipe) is always parsed: a body read later would wait on it, and it has no stamp an index
    /// could trust.
    private func sourceFor(_ batch: [SourceFile], heldSlowBytes held: inout Int) -> any ArticleSource {
        guard batch.count == 1, let file = batch.first else { return source }
        guard let status = file.status, status.isRegularFile else { return ParsingArticleSource() }
        guard status.size > slowFileBytes, held + Int(status.size) <= heldSlowFileBytes else { return source }
        held += Int(status.size)
        return ParsingArticleSource()
    }

    /// What the status bar says once loading ends: the source's notices, then the problems.
    private func finalSummary(_ diagnostics: [Diagnostic], files: [SourceFile]) -> String? {
        let parts = source.finish(files: files.map(ArticleFile.init)) + [summarize(diagnostics)].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }

    /// The article a file's read gives under its unique `id`: a parse as it is, a head made a shell.
    private func article(from content: FileRead.Content, id: String, file: SourceFile) -> Article? {
        switch content {
        case .parsed(var article):
            article.id = id
            return article
        case .head(var head, let blockCount):
            head.id = id
            let adjust = self.adjust
            return Article.shell(
                head: head, blockCount: blockCount, file: ArticleFile(file), loader: loader, cache: bodyCache,
                adjust: { adjust([$0])[0] }, onStale: onStale)
        case .none:
            return nil
        }
    }

    /// The files in load order: those quick to read, and those that may be slow.
    private func splitBySpeed(_ files: [SourceFile]) -> (quick: [SourceFile], slow: [SourceFile]) {
        var quick: [SourceFile] = []
        var slow: [SourceFile] = []
        quick.reserveCapacity(files.count)
        for file in files {
            // The walk's `stat` tells (a file given directly that vanished since: slow, read alone).
            let isQuick = file.status.map { $0.isRegularFile && $0.size <= slowFileBytes } ?? false
            if isQuick { quick.append(file) } else { slow.append(file) }
        }
        return (quick, slow)
    }
}
