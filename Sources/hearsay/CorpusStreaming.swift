import Foundation
import HearsayIndex
import HearsayModel
import HearsaySession
import HearsayUI

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The reader's corpus, loading after the first frame and following the files while it runs: a
/// `StreamingCorpusLoader` on its own thread posts the articles in batches to the session's inbox,
/// with the user's speakers.toml applied and the loading problems summed up at the end; then a
/// `CorpusWatcher` on the same thread posts what changed on disk. With a cache folder the articles
/// come from the persistent index (`IndexedArticleSource`: only changed files are parsed) as
/// shells whose bodies are read when opened; a shell that finds its file changed asks the watcher
/// to look. Keeps the articles loaded so far (shells) for what runs outside the loop (the crash
/// recovery file).
final class CorpusStreaming: @unchecked Sendable {
    let inbox: EventInbox
    private let lock = NSLock()
    private var loaded: [Article] = []

    /// Set once loading has started (`R` asks it to look at once).
    private var watcher: CorpusWatcher?

    /// How long the loop waits for a key at most while only the watcher may post: a file changed
    /// shows within this.
    static let watchingPollMilliseconds: Int32 = 200

    /// Called on the loading thread once the last article is loaded, with the files the loader's
    /// walk found (`--measure-startup`, the search's candidate source).
    private let onLoaded: (@Sendable ([ArticleFile]) -> Void)?

    init(inbox: EventInbox, onLoaded: (@Sendable ([ArticleFile]) -> Void)? = nil) {
        self.inbox = inbox
        self.onLoaded = onLoaded
    }

    /// Where the articles came from: the index's counts are the figures of `--measure-startup`.
    private var source: (any ArticleSource)?

    /// `R`: look at the files again now.
    func reload() {
        lock.withLock { watcher }?.requestRescan()
    }

    /// A shell found its file gone or changed: look at the files again (said only if something changed).
    private func rescanQuietly() {
        lock.withLock { watcher }?.requestRescan(byHand: false)
    }

    /// What the index did, for `--measure-startup` (`nil` without an index).
    var indexCounts: ArticleIndex.Counts? {
        (lock.withLock { source } as? IndexedArticleSource)?.counts
    }

    /// The articles loaded so far.
    var articles: [Article] { lock.withLock { loaded } }

    /// Starts loading `paths` (bytes as given) into the inbox: through the index in `cacheFolder`,
    /// else by parsing every file.
    func start(paths: [[UInt8]], cacheFolder: String?) {
        let (overrides, problems) = SpeakerOverrides.load(environment: ProcessInfo.processInfo.environment)
        let adjust: @Sendable ([Article]) -> [Article] = { articles in
            overrides.isEmpty ? articles : Corpus(articles: articles).applying(overrides).articles
        }
        let source: any ArticleSource =
            cacheFolder.map { IndexedArticleSource(cacheFolder: $0, paths: paths.map { String(decoding: $0, as: UTF8.self) }) }
            ?? ParsingArticleSource()
        lock.withLock { self.source = source }
        // The walk watches each folder before listing it: the watcher need not look at every file
        // once loading ends.
        let watcher = CorpusWatcher(pathBytes: paths, adjust: adjust)
        let loader = StreamingCorpusLoader(
            pathBytes: paths, adjust: adjust, source: source, onStale: { [weak self] in self?.rescanQuietly() },
            onFolder: { watcher.watch(folder: $0) },
            summarize: { diagnostics in LoadingSummary.statusLine(for: Corpus(articles: [], diagnostics: problems + diagnostics)) })
        lock.withLock { self.watcher = watcher }
        inbox.open()
        inbox.post(.corpusChanged(CorpusChange(diagnostics: problems, progress: LoadingProgress(done: 0, total: nil))))
        let thread = Thread { [self] in
            var files = loader.run { change in self.post(change) }
            onLoaded?(files.takeWalkedFiles())
            // Loaded: from now on only files changed on disk come, rarely; the loop may wait longer.
            inbox.pollMilliseconds = Self.watchingPollMilliseconds
            watcher.run(from: files) { change in self.post(change) }
        }
        thread.name = "hearsay corpus"
        thread.start()
    }

    private func post(_ change: CorpusChange) {
        lock.withLock {
            for (index, article) in change.replaced where loaded.indices.contains(index) { loaded[index] = article }
            loaded += change.appended
        }
        inbox.post(.corpusChanged(change))
    }

    /// Whether every path given is missing or unreadable: then there is nothing to show, and the
    /// command says why before the screen starts (as a load before it would).
    static func nonePathReadable(_ paths: [[UInt8]]) -> Bool {
        paths.allSatisfy { path in
            (path + [0]).withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { access($0.baseAddress!, R_OK) != 0 }
            }
        }
    }
}
