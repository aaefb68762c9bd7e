import Foundation
import Testing

@testable import HearsayModel

/// The loader's walk watches each folder before listing it (`CorpusWatcher.watch(folder:)`): the
/// watcher then takes no first look at every file once loading ends, and a file written while the
/// corpus loaded still comes, woken by inotify.
@Suite struct WatchingWhileLoadingTests {
    let folder: ScratchFolder

    init() throws { folder = try ScratchFolder() }

    var paths: [[UInt8]] { [Array(folder.url.path.utf8)] }

    func write(_ name: String, title: String) throws {
        let url = folder.url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try LiveLoadingTests.article(title, date: "2025-01-01").write(to: url, atomically: true, encoding: .utf8)
    }

    /// Loads the folder as the reader does, the walk telling `watcher` each folder.
    func load(watchedBy watcher: CorpusWatcher) -> LoadedFiles {
        StreamingCorpusLoader(pathBytes: paths, onFolder: { watcher.watch(folder: $0) }).run { _ in }
    }

    func run(_ watcher: CorpusWatcher, from files: LoadedFiles) -> LiveReloadTests.Posted {
        let posted = LiveReloadTests.Posted()
        Thread.detachNewThread { watcher.run(from: files) { posted.append($0) } }
        return posted
    }

    @Test func theWalkTellsEachFolderBeforeListingIt() throws {
        defer { folder.remove() }
        try write("a.md", title: "甲")
        try write("sub/b.md", title: "乙")
        try write("sub/deeper/c.md", title: "丙")
        let told = LiveReloadTests.Posted()
        var files = StreamingCorpusLoader(pathBytes: paths, onFolder: { told.append(CorpusChange(summary: $0)) }).run { _ in }
        let root = folder.url.path
        #expect(told.all.map(\.summary) == [root, root + "/sub", root + "/sub/deeper"])
        // The walk's files go on once, to whoever would walk again (the search's candidate source).
        let walked = files.takeWalkedFiles()
        #expect(walked.map(\.displayPath) == [root + "/a.md", root + "/sub/b.md", root + "/sub/deeper/c.md"])
        #expect(walked.allSatisfy { $0.status != nil })
        #expect(files.takeWalkedFiles().isEmpty)
    }

    @Test func foldersWatchedByTheWalkSpareTheFirstLook() throws {
        defer { folder.remove() }
        try write("a.md", title: "甲")
        try write("sub/b.md", title: "乙")
        let watcher = CorpusWatcher(pathBytes: paths, pollSeconds: 60)
        let posted = run(watcher, from: load(watchedBy: watcher))
        usleep(300_000)
        #expect(watcher.looksTaken == 0)
        #expect(posted.all.isEmpty)
    }

    @Test func filesWrittenWhileLoadingArePostedWithoutAFirstLook() throws {
        defer { folder.remove() }
        try write("a.md", title: "甲")
        try write("sub/b.md", title: "乙")
        let watcher = CorpusWatcher(pathBytes: paths, pollSeconds: 60)
        let files = load(watchedBy: watcher)
        // After the walk listed the folders, before the watcher runs.
        try write("c.md", title: "丙")
        try write("sub/d.md", title: "丁")
        let posted = run(watcher, from: files)
        let changes = posted.wait(for: 1)
        #expect(changes.map { $0.appended.map(\.id) } == [["c.md", "sub/d.md"]])
        #expect(watcher.looksTaken == 1)
    }

    @Test func aFolderNotWatchedByTheWalkIsLookedAtFirst() throws {
        defer { folder.remove() }
        try write("a.md", title: "甲")
        // Loaded without telling the watcher: the first look finds what was written meanwhile.
        let watcher = CorpusWatcher(pathBytes: paths, pollSeconds: 60)
        let files = StreamingCorpusLoader(pathBytes: paths).run { _ in }
        try write("b.md", title: "乙")
        let changes = run(watcher, from: files).wait(for: 1)
        #expect(changes.map { $0.appended.map(\.id) } == [["b.md"]])
        #expect(watcher.looksTaken == 1)
    }

    @Test func withoutInotifyTheFirstLookStays() throws {
        defer { folder.remove() }
        try write("a.md", title: "甲")
        let watcher = CorpusWatcher(pathBytes: paths, pollSeconds: 60, usesInotify: false)
        let files = load(watchedBy: watcher)
        try write("b.md", title: "乙")
        let changes = run(watcher, from: files).wait(for: 1)
        #expect(changes.map { $0.appended.map(\.id) } == [["b.md"]])
        #expect(watcher.looksTaken == 1)
    }

    @Test func aFolderGivenWithASlashIsTheFolderTheWalkWatched() throws {
        defer { folder.remove() }
        try write("a.md", title: "甲")
        let slashed = [Array((folder.url.path + "/").utf8)]
        let watcher = CorpusWatcher(pathBytes: slashed, pollSeconds: 60)
        let files = StreamingCorpusLoader(pathBytes: slashed, onFolder: { watcher.watch(folder: $0) }).run { _ in }
        _ = run(watcher, from: files)
        usleep(300_000)
        #expect(watcher.looksTaken == 0)
    }
}
