import Foundation
import HearsayModel
import HearsaySession
import HearsayTesting
import HearsayTheme
import HearsayUI
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The reader's corpus loading after the first frame: `StreamingCorpusLoader` on its own thread,
/// posting batches through an `EventInbox` to the session loop.
@Suite struct LiveLoadingTests {
    static func article(_ title: String, date: String, body: String = "正文。") -> String {
        "---\ntitle: \(title)\ndate: \(date)\n---\n\n\(body)\n"
    }

    @Test func slowFilesComeLastAndEveryBatchSaysHowFarLoadingHasGot() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        try Self.article("一", date: "2025-01-01").write(to: folder.url.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
        let big = Self.article("二", date: "2025-01-02", body: String(repeating: "长文。", count: 100))
        try big.write(to: folder.url.appendingPathComponent("b.md"), atomically: true, encoding: .utf8)
        try Self.article("三", date: "2025-01-03").write(to: folder.url.appendingPathComponent("c.md"), atomically: true, encoding: .utf8)
        let loader = StreamingCorpusLoader(pathBytes: [Array(folder.url.path.utf8)], slowFileBytes: 200)
        var changes: [CorpusChange] = []
        loader.run { changes.append($0) }
        #expect(changes.map(\.progress) == [LoadingProgress(done: 0, total: nil), LoadingProgress(done: 2, total: 3), nil])
        // The big one alone, after the others.
        #expect(changes.map { $0.appended.map(\.id) } == [[], ["a.md", "c.md"], ["b.md"]])
        let whole = CorpusLoader().load(paths: [folder.url.path])
        #expect(Set(changes.flatMap(\.appended)) == Set(whole.articles))
    }

    @Test func batchesGrowAndTheLastOneSaysWhatWentWrong() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        for index in 0..<100 {
            try Self.article("第\(index)篇", date: "2025-01-01").write(
                to: folder.url.appendingPathComponent(String(format: "%03d.md", index)), atomically: true, encoding: .utf8)
        }
        try Data([0, 1, 2, 0xFF]).write(to: folder.url.appendingPathComponent("binary.md"))
        let loader = StreamingCorpusLoader(
            pathBytes: [Array(folder.url.path.utf8)], summarize: { "\($0.count) problem(s)" })
        var changes: [CorpusChange] = []
        loader.run { changes.append($0) }
        #expect(changes.map(\.appended.count) == [0, 32, 64, 4])
        #expect(
            changes.map(\.progress) == [
                LoadingProgress(done: 0, total: nil), .init(done: 32, total: 101), .init(done: 96, total: 101), nil,
            ])
        #expect(changes.last?.summary == "1 problem(s)")
        #expect(changes.flatMap(\.diagnostics).count == 1)
    }

    /// Past the largest batch, articles go out when they are half as many as those out already
    /// (each arrival costs a pass over the corpus); progress after every batch.
    @Test func articlesGoOutInGrowingHandfulsAndProgressAfterEveryBatch() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        for index in 0..<40 {
            try Self.article("第\(index)篇", date: "2025-01-01").write(
                to: folder.url.appendingPathComponent(String(format: "%03d.md", index)), atomically: true, encoding: .utf8)
        }
        let loader = StreamingCorpusLoader(pathBytes: [Array(folder.url.path.utf8)], firstBatch: 4, maximumBatch: 4)
        var changes: [CorpusChange] = []
        loader.run { changes.append($0) }
        #expect(changes.map(\.appended.count) == [0, 4, 4, 4, 0, 8, 0, 0, 12, 0, 8])
        #expect(changes.dropFirst().map { $0.progress?.done } == [4, 8, 12, 16, 20, 24, 28, 32, 36, nil])
        #expect(changes.flatMap(\.appended).map(\.title) == (0..<40).map { "第\($0)篇" })
    }

    /// The loader blocks on a named pipe until the first frame is drawn; then the pipe is written
    /// and its article arrives. Frames drawn in between show the progress.
    @Test func theFirstFrameIsDrawnBeforeLoadingEnds() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        try Self.article("河边的早晨", date: "2025-03-01").write(
            to: folder.url.appendingPathComponent("morning.md"), atomically: true, encoding: .utf8)
        let pipe = folder.url.appendingPathComponent("slow.md").path
        #expect(mkfifo(pipe, 0o600) == 0)
        let backend = RecordingBackend(size: ScreenSize(width: 80, height: 24))
        let inbox = EventInbox(pollMilliseconds: 5)
        backend.onFirstFrame = {
            Thread.detachNewThread {
                try? Self.article("夜里的消息", date: "2025-03-02").write(toFile: pipe, atomically: false, encoding: .utf8)
            }
        }
        var session = Session(backend: backend, renderer: ScreenRenderer()) { size in
            AppState(corpus: Corpus(articles: []), size: size, loading: LoadingProgress(done: 0, total: nil))
        }
        session.inbox = inbox
        inbox.open()
        StreamingCorpusLoader(pathBytes: [Array(folder.url.path.utf8), Array(pipe.utf8)]).start { change in
            inbox.post(.corpusChanged(change))
            if change.progress == nil { inbox.close() }
        }
        #expect(session.run() == .inputEnded)
        #expect(backend.statusBars.first?.hasPrefix(" List · 0/0 · by date · loading…") == true, "\(backend.statusBars)")
        #expect(backend.statusBars.contains { $0.hasPrefix(" List · 1/1 · by date · loading 1/2") }, "\(backend.statusBars)")
        #expect(backend.statusBars.last?.hasPrefix(" List · 1/2 · by date  ") == true, "\(backend.statusBars)")
        #expect(session.state.list.order.map { session.state.corpus.articles[$0].title } == ["夜里的消息", "河边的早晨"])
    }
}

/// An in-memory terminal that keeps every frame's status bar and says when the first is drawn.
final class RecordingBackend: TerminalBackend {
    let size: ScreenSize
    let colorDepth = ColorDepth.trueColor
    private(set) var statusBars: [String] = []
    var onFirstFrame: (() -> Void)?

    init(size: ScreenSize) { self.size = size }

    func nextEvent(waitingAtMost milliseconds: Int32?) -> Event? {
        if let milliseconds { usleep(useconds_t(milliseconds) * 1000) }
        return nil
    }

    func draw(_ buffer: inout ScreenBuffer) {
        statusBars.append(buffer.rowText(size.height - 1))
        if statusBars.count == 1 { onFirstFrame?() }
    }

    func suspend() {}
    func redrawAll() {}
}
