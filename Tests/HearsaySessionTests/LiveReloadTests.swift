import Foundation
import HearsayModel
import HearsaySession
import HearsayTesting
import HearsayUI
import Testing

/// Files added, changed and deleted while the reader runs: `LoadedFiles.rescan` finds them,
/// `CorpusWatcher` posts them (by inotify, or at once for `R`), the session shows them.
@Suite struct LiveReloadTests {
    let folder: ScratchFolder

    init() throws { folder = try ScratchFolder() }

    func write(_ name: String, title: String, date: String, body: String = "第一段。") throws {
        try LiveLoadingTests.article(title, date: date, body: body)
            .write(to: folder.url.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    var paths: [[UInt8]] { [Array(folder.url.path.utf8)] }

    /// Loads the folder as the reader does; returns the articles and what was read.
    func load() -> ([Article], LoadedFiles) {
        var articles: [Article] = []
        let files = StreamingCorpusLoader(pathBytes: paths).run { articles += $0.appended }
        return (articles, files)
    }

    @Test func aRescanFindsFilesAddedChangedAndDeleted() throws {
        defer { folder.remove() }
        try write("a.md", title: "甲", date: "2025-01-01")
        try write("b.md", title: "乙", date: "2025-01-02")
        try write("c.md", title: "丙", date: "2025-01-03")
        var (articles, files) = load()
        #expect(articles.map(\.id) == ["a.md", "b.md", "c.md"])
        let unchanged = files.rescan(pathBytes: paths, loader: CorpusLoader())
        #expect(unchanged == nil)

        try write("b.md", title: "乙（更新）", date: "2025-01-02", body: "改过的一段。")
        try FileManager.default.removeItem(at: folder.url.appendingPathComponent("c.md"))
        try write("d.md", title: "丁", date: "2025-01-04")
        let rescanned = files.rescan(pathBytes: paths, loader: CorpusLoader())
        let change = try #require(rescanned)
        #expect(change.appended.map(\.id) == ["d.md"])
        #expect(change.replaced.keys.sorted() == [1])
        #expect(change.replaced[1]?.id == "b.md")
        #expect(change.replaced[1]?.title == "乙（更新）")
        #expect(change.removed == [2])
        let settled = files.rescan(pathBytes: paths, loader: CorpusLoader())
        #expect(settled == nil)

        // Written again under the same name: back in its place, with its id.
        try write("c.md", title: "丙", date: "2025-01-03")
        let again = files.rescan(pathBytes: paths, loader: CorpusLoader())
        let back = try #require(again)
        #expect(back.appended.isEmpty)
        #expect(back.replaced[2]?.id == "c.md")
        articles += back.appended
    }

    @Test func aChangeOfTheSameSizeWithinTheSameSecondIsSeen() throws {
        defer { folder.remove() }
        try write("a.md", title: "甲", date: "2025-01-01", body: "一二三")
        var (_, files) = load()
        try write("a.md", title: "甲", date: "2025-01-01", body: "四五六")
        let rescanned = files.rescan(pathBytes: paths, loader: CorpusLoader())
        let change = try #require(rescanned)
        #expect(change.replaced[0]?.blocks.last?.text == "四五六")
    }

    /// Runs a watcher on its own thread; returns what it posts, as it posts it.
    final class Posted: @unchecked Sendable {
        private let lock = NSLock()
        private var changes: [CorpusChange] = []
        func append(_ change: CorpusChange) { lock.withLock { changes.append(change) } }
        var all: [CorpusChange] { lock.withLock { changes } }

        /// Waits up to `seconds` for `count` changes.
        func wait(for count: Int, seconds: Double = 10) -> [CorpusChange] {
            let deadline = Date().addingTimeInterval(seconds)
            while all.count < count, Date() < deadline { usleep(10_000) }
            return all
        }
    }

    func watch(_ files: LoadedFiles, pollSeconds: Double = 60) -> (CorpusWatcher, Posted) {
        let watcher = CorpusWatcher(pathBytes: paths, pollSeconds: pollSeconds)
        let posted = Posted()
        Thread.detachNewThread { watcher.run(from: files) { posted.append($0) } }
        return (watcher, posted)
    }

    @Test func aFileWrittenIsPostedWithoutAsking() throws {
        try write("a.md", title: "甲", date: "2025-01-01")
        let (_, files) = load()
        let (watcher, posted) = watch(files)
        #expect(watcher.notifies)
        usleep(100_000)
        try write("b.md", title: "乙", date: "2025-01-02")
        let changes = posted.wait(for: 1)
        #expect(changes.first?.appended.map(\.id) == ["b.md"])
        #expect(changes.first?.summary == "reloaded: 1 new")
    }

    @Test func aFileWrittenWhileTheCorpusLoadedIsFoundAtOnce() throws {
        try write("a.md", title: "甲", date: "2025-01-01")
        let (_, files) = load()
        // After the load, before the watcher watches: inotify cannot tell, the watcher's first look does.
        try write("b.md", title: "乙", date: "2025-01-02")
        let (_, posted) = watch(files)
        #expect(posted.wait(for: 1).first?.appended.map(\.id) == ["b.md"])
    }

    @Test func askingSaysWhenNothingChanged() throws {
        try write("a.md", title: "甲", date: "2025-01-01")
        let (_, files) = load()
        let (watcher, posted) = watch(files)
        watcher.requestRescan()
        #expect(posted.wait(for: 1).first == CorpusChange(summary: "reloaded: nothing changed on disk"))
    }

    /// `R` in a session: the effect asks the watcher, whose change comes back through the inbox.
    @Test func rPicksUpANewFile() throws {
        try write("a.md", title: "甲", date: "2025-01-01")
        let (articles, files) = load()
        // Without inotify, and once the watcher's first look is over: only `R` finds the new file.
        let watcher = CorpusWatcher(pathBytes: paths, pollSeconds: 60, usesInotify: false)
        let inbox = EventInbox(pollMilliseconds: 5)
        inbox.open()
        Thread.detachNewThread {
            watcher.run(from: files) { change in
                inbox.post(.corpusChanged(change))
                // The test's script ends once the change is in.
                inbox.close()
            }
        }
        usleep(300_000)
        try write("b.md", title: "乙", date: "2025-01-02")
        let backend = InMemoryBackend(size: ScreenSize(width: 80, height: 24), inputs: [.event(.key(.character("R"))), .pause])
        var session = Session(
            backend: backend, renderer: ScreenRenderer(),
            performEffect: { effect in
                if effect == .reloadCorpus { watcher.requestRescan() }
                return []
            }
        ) { size in AppState(corpus: Corpus(articles: articles), size: size) }
        session.inbox = inbox
        #expect(session.run() == .inputEnded)
        #expect(session.state.corpus.articles.map(\.id) == ["a.md", "b.md"])
        #expect(session.state.list.order == [1, 0])
        #expect(backend.screen?.rows.last?.hasPrefix(" List · 1/2 · by date") == true)
        #expect(backend.screen?.rows.last?.hasSuffix("reloaded: 1 new") == true, "\(backend.screen?.rows.last ?? "")")
    }
}
