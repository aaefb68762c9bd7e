import Foundation
import GRDB
import HearsayModel
import HearsayTesting
import Testing

@testable import HearsayStore

@Suite("Nothing is lost")
struct DurabilityTests {
    private let highlight = Fixtures.highlight(
        "欢迎光临", in: 2, id: "77777777-7777-7777-7777-777777777777", color: 3, note: "开场白", created: 1_700_000_000)

    @Test("a read-only state folder gives a clear error and keeps the highlight pending")
    func readOnlyFolder() throws {
        let scratch = try TemporaryFolder()
        defer { scratch.remove() }
        try scratch.makeReadOnly()
        let folder = scratch.url
        try withPermissionsOfNobody { () throws in
            #expect(
                !FileManager.default.createFile(atPath: folder.appendingPathComponent("probe").path, contents: nil),
                "the folder really is read-only")
            let store = HighlightStore(location: .directory(folder))
            let error = try #require(throws: StoreError.self) { try store.save(highlight) }
            #expect(error.reason == .cannotOpen || error.reason == .readOnly)
            #expect(error.isWrite && error.pendingCount == 1)
            let path = folder.appendingPathComponent("hearsay.sqlite").path
            #expect(error.description.hasPrefix("could not save: "))
            #expect(error.description.contains(path))
            #expect(error.description.hasSuffix("; 1 change kept in memory, will retry"))
            #expect(store.pendingWrites.writes == [.saveHighlight(highlight)])

            // Recolouring the same highlight replaces its pending change; another change adds one.
            var recolored = highlight
            recolored.color = 5
            #expect(throws: StoreError.self) { try store.save(recolored) }
            #expect(throws: StoreError.self) { try store.setRead(true, articleID: Fixtures.articleID) }
            #expect(
                store.pendingWrites.writes
                    == [.saveHighlight(recolored), .setRead(true, articleID: Fixtures.articleID)])
            let retryError = try #require(throws: StoreError.self) { try store.retryPending() }
            #expect(retryError.pendingCount == 2)
            #expect(store.pendingWrites.count == 2)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [], "nothing was created")
    }

    @Test("a read-only folder with a database: every stored highlight is read, new changes stay pending")
    func readOnlyFolderWithADatabase() throws {
        let scratch = try TemporaryFolder()
        defer { scratch.remove() }
        let other = Fixtures.highlight("龙井", in: 2, id: "88888888-8888-8888-8888-888888888888", created: 1_700_000_050)
        do {
            let writer = HighlightStore(location: .directory(scratch.url))
            try writer.save(highlight)
            try writer.setRead(true, articleID: Fixtures.articleID)
        }
        try scratch.makeReadOnly()
        let file = scratch.url.appendingPathComponent("hearsay.sqlite")
        let before = try Data(contentsOf: file)
        try withPermissionsOfNobody { () throws in
            let store = HighlightStore(location: .directory(scratch.url))
            #expect(try store.allHighlights() == [highlight])
            #expect(try store.readArticleIDs() == [Fixtures.articleID])
            #expect(store.readOnlyStatus == "read-only (\(file.path)): highlights shown, changes kept in memory only")
            let error = try #require(throws: StoreError.self) { try store.save(other) }
            #expect(error.reason == .readOnly)
            #expect(store.pendingWrites.writes == [.saveHighlight(other)])
            #expect(try store.allHighlights() == [highlight, other], "the pending highlight is shown with the stored one")
            // A refresh of the details cannot be written here: it is not made a pending change.
            _ = try store.highlights(refreshedFrom: [Fixtures.article(blocks: ["新标题"] + Fixtures.article().blocks.dropFirst().map(\.text))])
            #expect(store.pendingWrites.writes == [.saveHighlight(other)])
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path) == ["hearsay.sqlite"])
        #expect(try Data(contentsOf: file) == before, "the database is untouched")
    }

    @Test("a read-only folder with a database of an older schema: read as it is, and said so")
    func readOnlyOlderSchema() throws {
        let scratch = try TemporaryFolder()
        defer { scratch.remove() }
        let file = scratch.url.appendingPathComponent("hearsay.sqlite")
        try OlderDatabase.makeVersion1(at: file, with: highlight)
        try scratch.makeReadOnly()
        try withPermissionsOfNobody { () throws in
            let store = HighlightStore(location: .directory(scratch.url))
            var withoutDetails = highlight
            withoutDetails.details = HighlightDetails()
            #expect(try store.allHighlights() == [withoutDetails])
            #expect(
                store.readOnlyStatus == "read-only (\(file.path)): highlights shown, changes kept in memory only;"
                    + " its schema is older and cannot be upgraded here (missing: v2: the article's title, link and speaker with each highlight,"
                    + " v3: which highlight absorbed which (highlights merged across processes),"
                    + " v4: the dialogue view's speaker filter per article)")
        }
    }

    @Test("a folder that cannot be created keeps the highlight pending; a retry saves it once it can")
    func retryAfterRepair() throws {
        let scratch = try TemporaryFolder()
        defer { scratch.remove() }
        // A file where the state folder's parent should be: creating the folder fails (not a directory).
        let blocker = scratch.url.appendingPathComponent("blocked")
        try Data("not a folder".utf8).write(to: blocker)
        let folder = blocker.appendingPathComponent("hearsay")
        let store = HighlightStore(location: .directory(folder))
        let error = try #require(throws: StoreError.self) { try store.save(highlight) }
        #expect(error.reason == .cannotOpen)
        #expect(store.pendingWrites.writes == [.saveHighlight(highlight)])
        #expect(throws: StoreError.self) { try store.allHighlights() }

        try FileManager.default.removeItem(at: blocker)
        try store.retryPending()
        #expect(store.pendingWrites.isEmpty)
        #expect(try HighlightStore(location: .directory(folder)).allHighlights() == [highlight])
        // Nothing pending: retrying again is a no-op.
        try store.retryPending()
    }

    @Test("a database locked by another process: the save waits, fails after the busy timeout, and retries")
    func lockedDatabase() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = HighlightStore(location: .directory(folder.url), busyTimeout: 0.2)
        try store.open()
        // Another connection (as a second hearsay would) holds the write lock for a while.
        let other = try DatabaseQueue(path: folder.url.appendingPathComponent("hearsay.sqlite").path)
        var lockedError: StoreError?
        try other.writeWithoutTransaction { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            do { try store.save(highlight) } catch let error as StoreError { lockedError = error }
            try db.execute(sql: "ROLLBACK")
        }
        let error = try #require(lockedError)
        #expect(error.reason == .locked)
        #expect(error.description.contains("locked by another process"))
        #expect(store.pendingWrites.writes == [.saveHighlight(highlight)])
        // Reads still work (WAL lets readers run beside a writer), showing the pending highlight.
        #expect(try store.allHighlights() == [highlight])

        try store.retryPending()
        #expect(store.pendingWrites.isEmpty)
        #expect(try HighlightStore(location: .directory(folder.url)).allHighlights() == [highlight])
    }

    @Test("a second store on the same database sees the first's highlights, and the other way round")
    func twoStores() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let first = HighlightStore(location: .directory(folder.url))
        let second = HighlightStore(location: .directory(folder.url))
        let other = Fixtures.highlight("龙井", in: 2, id: "88888888-8888-8888-8888-888888888888", created: 1_700_000_050)
        try first.save(highlight)
        #expect(try second.allHighlights() == [highlight])
        try second.save(other)
        try second.deleteHighlight(id: highlight.id)
        #expect(try first.allHighlights() == [other])
        // Interleaved writers from two threads, each highlight in an article of its own: all 40 land.
        let ids = (0..<40).map { index in
            UUID(uuidString: String(format: "99999999-9999-9999-9999-%012d", index))!
        }
        DispatchQueue.concurrentPerform(iterations: ids.count) { index in
            let store = index.isMultiple(of: 2) ? first : second
            var copy = other
            copy.id = ids[index]
            copy.articleID = "article-\(index)"
            try? store.save(copy)
        }
        #expect(first.pendingWrites.isEmpty && second.pendingWrites.isEmpty)
        #expect(try Set(first.allHighlights().map(\.id)) == Set(ids + [other.id]))
    }
}

@Suite("A full disk")
struct DiskFullTests {
    @Test("a save that hits a full disk reports it and keeps the highlight pending")
    func diskFull() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // Cap the database at 20 pages of 4 KiB: room for the schema, not for a 64 KiB note.
        // SQLite then fails the write with SQLITE_FULL, as it does when the disk is full.
        let store = HighlightStore(location: .directory(folder.url)) { db in
            try db.execute(sql: "PRAGMA max_page_count = 20")
        }
        let small = Fixtures.highlight("龙井", in: 2, id: "CCCCCCCC-0000-0000-0000-000000000001", created: 1)
        try store.save(small)
        var large = Fixtures.highlight("请慢用", in: 5, id: "CCCCCCCC-0000-0000-0000-000000000002", created: 2)
        large.note = String(repeating: "很长的笔记。", count: 4_000)
        let error = try #require(throws: StoreError.self) { try store.save(large) }
        #expect(error.reason == .diskFull)
        #expect(error.description.contains("the disk is full"))
        #expect(store.pendingWrites.writes == [.saveHighlight(large)])
        // Readers see both; the database still holds the first, intact.
        #expect(try store.allHighlights() == [small, large])
        #expect(try HighlightStore(location: .directory(folder.url)).allHighlights() == [small])
    }
}

@Suite("Pending writes")
struct PendingWritesTests {
    @Test("changes to the same record coalesce; others keep their order")
    func coalescing() {
        let first = Fixtures.highlight("龙井", in: 2, id: "DDDDDDDD-0000-0000-0000-000000000001", created: 1)
        var recolored = first
        recolored.color = 3
        var pending = PendingWrites()
        pending.enqueue(.saveHighlight(first))
        pending.enqueue(.setRead(true, articleID: "a.md"))
        pending.enqueue(.saveHighlight(recolored))
        pending.enqueue(.setLastOpenArticle("a.md"))
        pending.enqueue(.setRead(false, articleID: "a.md"))
        #expect(
            pending.writes == [
                .saveHighlight(recolored), .setLastOpenArticle("a.md"),
                .setRead(false, articleID: "a.md"),
            ])
        pending.enqueue(.deleteHighlight(id: first.id))
        #expect(pending.applied(to: [first]) == [])
        #expect(pending.count == 3)
        pending.removeAll()
        #expect(pending.isEmpty)
    }
}

@Suite("Creating the database")
struct CreationRaceTests {
    @Test("several stores creating one new database at the same moment all open it")
    func simultaneousCreation() throws {
        for _ in 0..<20 {
            let folder = try TemporaryFolder()
            defer { folder.remove() }
            let stores = (0..<6).map { _ in HighlightStore(location: .directory(folder.url)) }
            let failures = Failures()
            DispatchQueue.concurrentPerform(iterations: stores.count) { index in
                do { try stores[index].open() } catch { failures.append("\(error)") }
            }
            #expect(failures.all == [])
        }
    }
}

/// Errors collected from several threads.
private final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var errors: [String] = []
    func append(_ error: String) { lock.withLock { errors.append(error) } }
    var all: [String] { lock.withLock { errors } }
}

@Suite("A file that is not a hearsay database")
struct ForeignFileTests {
    @Test("garbage where the database should be is a clear error, and the file is left alone")
    func garbage() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = folder.url.appendingPathComponent("hearsay.sqlite")
        let garbage = Data(String(repeating: "这不是数据库。", count: 600).utf8)
        try garbage.write(to: file)
        let store = HighlightStore(location: .directory(folder.url))
        let error = try #require(throws: StoreError.self) { try store.open() }
        #expect(error.reason == .corrupt)
        #expect(error.description.contains("damaged or not a hearsay database"))
        #expect(try Data(contentsOf: file) == garbage)
    }
}
