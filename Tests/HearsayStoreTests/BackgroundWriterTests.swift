import Foundation
import GRDB
import HearsayModel
import Testing

@testable import HearsayStore

/// Saves on the writer thread: another process's write lock never holds up the caller.
@Suite("Saving in the background")
struct BackgroundWriterTests {
    private let highlight = Fixtures.highlight(
        "欢迎光临", in: 2, id: "E0000000-0000-0000-0000-000000000001", color: 2, created: 1_700_000_000)

    /// Asks until the writer says everything is saved (it retries a locked database on its own).
    private func waitUntilSaved(_ writer: BackgroundWriter) -> BackgroundWriter.Answer {
        let deadline = Date().addingTimeInterval(20)
        var answer = writer.answer(for: writer.retry(), waitingAtMost: 5)
        while answer != .saved && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
            answer = writer.answer(for: writer.retry(), waitingAtMost: 5)
        }
        return answer
    }

    @Test("unlocked: the answer is that it is saved, and it is")
    func saved() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = HighlightStore(location: .directory(folder.url))
        let writer = BackgroundWriter(store: store)
        #expect(writer.answer(for: writer.submit(.saveHighlight(highlight)), waitingAtMost: 30) == .saved)
        #expect(store.pendingWrites.isEmpty)
        #expect(try HighlightStore(location: .directory(folder.url)).allHighlights() == [highlight])
    }

    @Test("while another connection holds the write lock: answered at once that the database is busy, saved once it is free")
    func lockedDatabase() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = HighlightStore(location: .directory(folder.url), busyTimeout: 60)
        // Each try may wait 60 s for the lock: an answer that waited for the try would take that long.
        let writer = BackgroundWriter(store: store, attemptLimit: 60)
        try store.open()
        let other = try DatabaseQueue(path: folder.url.appendingPathComponent("hearsay.sqlite").path)
        let started = Date()
        try other.writeWithoutTransaction { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            let answer = writer.answer(for: writer.submit(.saveHighlight(highlight)), waitingAtMost: 60)
            #expect(answer == .waitingForLock)
            #expect(store.isWaitingForLock)
            #expect(store.pendingWrites.writes == [.saveHighlight(highlight)])
            // Reads go on beside the waiting writer, showing the change.
            #expect(try store.allHighlights() == [highlight])
            // A second change is answered at once too.
            let read = writer.answer(for: writer.submit(.setRead(true, articleID: highlight.articleID)), waitingAtMost: 60)
            #expect(read == .waitingForLock)
            #expect(try Row.fetchAll(db, sql: "SELECT id FROM highlight").isEmpty, "nothing written while locked")
            try db.execute(sql: "ROLLBACK")
        }
        #expect(Date().timeIntervalSince(started) < 30, "the answers did not wait for the lock")
        #expect(waitUntilSaved(writer) == .saved)
        #expect(!store.isWaitingForLock)
        #expect(store.pendingWrites.isEmpty)
        let saved = HighlightStore(location: .directory(folder.url))
        #expect(try saved.allHighlights() == [highlight])
        #expect(try saved.readArticleIDs() == [highlight.articleID])
    }

    @Test("a failure other than a lock is answered as it is, and retried with the next change")
    func otherFailure() throws {
        let scratch = try TemporaryFolder()
        defer { scratch.remove() }
        let blocker = scratch.url.appendingPathComponent("blocked")
        try Data().write(to: blocker)
        let folder = blocker.appendingPathComponent("hearsay")
        let store = HighlightStore(location: .directory(folder))
        let writer = BackgroundWriter(store: store)
        guard case .failed(let error) = writer.answer(for: writer.submit(.saveHighlight(highlight)), waitingAtMost: 30) else {
            Issue.record("expected a failure")
            return
        }
        #expect(error.reason == .cannotOpen)
        try FileManager.default.removeItem(at: blocker)
        #expect(writer.answer(for: writer.submit(.setRead(true, articleID: "a")), waitingAtMost: 30) == .saved)
        #expect(try HighlightStore(location: .directory(folder)).allHighlights() == [highlight])
    }

    @Test("stop ends the thread; changes after it stay pending for the caller")
    func stop() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = HighlightStore(location: .directory(folder.url))
        let writer = BackgroundWriter(store: store)
        #expect(writer.answer(for: writer.submit(.setRead(true, articleID: "a")), waitingAtMost: 30) == .saved)
        writer.stop()
        #expect(writer.answer(for: writer.submit(.saveHighlight(highlight)), waitingAtMost: 1) == .inProgress)
        #expect(store.pendingWrites.writes == [.saveHighlight(highlight)])
        try store.retryPending()
        #expect(try HighlightStore(location: .directory(folder.url)).allHighlights() == [highlight])
    }

    @Test("a change committed meanwhile is forgotten; one made to the same record after the snapshot stays")
    func removeCommitted() {
        var recoloured = highlight
        recoloured.color = 5
        var pending = PendingWrites()
        pending.enqueue(.saveHighlight(highlight))
        pending.enqueue(.setRead(true, articleID: "a"))
        let snapshot = pending.writes
        pending.enqueue(.saveHighlight(recoloured))
        pending.removeCommitted(snapshot)
        #expect(pending.writes == [.saveHighlight(recoloured)])
    }
}
