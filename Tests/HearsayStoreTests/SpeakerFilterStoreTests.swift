import Foundation
import GRDB
import Testing

@testable import HearsayStore

/// The dialogue view's speaker filter per article: saved by speaker id, replaced whole, removed
/// when cleared, and added to a database made before it existed.
@Suite("Saved speaker filters")
struct SpeakerFilterStoreTests {
    /// Every `speakerFilter` row as [articleID, speakerID], read through a connection of its own.
    static func rows(in folder: TemporaryFolder) throws -> [[String]] {
        let queue = try DatabaseQueue(path: folder.url.appendingPathComponent("hearsay.sqlite").path)
        return try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT articleID, speakerID FROM speakerFilter ORDER BY articleID, speakerID")
                .map { [$0["articleID"], $0["speakerID"]] }
        }
    }

    @Test("round trip: saved, replaced whole, cleared (rows gone), read back by a new store")
    func roundTrip() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = HighlightStore(location: .directory(folder.url))
        try store.setSpeakerFilter(["唐凤", "记者"], articleID: "a.md")
        try store.setSpeakerFilter(["guest@b.md"], articleID: "b.md")
        #expect(try Self.rows(in: folder) == [["a.md", "唐凤"], ["a.md", "记者"], ["b.md", "guest@b.md"]])

        try store.setSpeakerFilter(["记者"], articleID: "a.md")
        try store.setSpeakerFilter(nil, articleID: "b.md")
        #expect(try Self.rows(in: folder) == [["a.md", "记者"]])
        #expect(try HighlightStore(location: .directory(folder.url)).speakerFilters() == ["a.md": ["记者"]])
    }

    @Test("a pending filter shows in reads before it is committed, and replaces the stored one")
    func pendingFilterIsRead() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = HighlightStore(location: .directory(folder.url))
        try store.setSpeakerFilter(["a", "b"], articleID: "x.md")
        store.enqueue(.setSpeakerFilter(["c"], articleID: "x.md"))
        store.enqueue(.setSpeakerFilter(["d"], articleID: "y.md"))
        #expect(try store.speakerFilters() == ["x.md": ["c"], "y.md": ["d"]])
        store.enqueue(.setSpeakerFilter(nil, articleID: "x.md"))
        #expect(try store.speakerFilters() == ["y.md": ["d"]])
        #expect(try Self.rows(in: folder) == [["x.md", "a"], ["x.md", "b"]])
    }

    @Test("two processes: the last to save an article's filter wins, the other article's stays")
    func lastProcessWins() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let one = HighlightStore(location: .directory(folder.url))
        let other = HighlightStore(location: .directory(folder.url))
        try one.setSpeakerFilter(["a", "b"], articleID: "x.md")
        try other.setSpeakerFilter(["c"], articleID: "x.md")
        try one.setSpeakerFilter(["d"], articleID: "y.md")
        #expect(try Self.rows(in: folder) == [["x.md", "c"], ["y.md", "d"]])
        #expect(try one.speakerFilters() == ["x.md": ["c"], "y.md": ["d"]])
    }

    @Test("a v3 database gains the empty table; its highlights, positions and settings are kept")
    func migratesFromVersion3() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = folder.url.appendingPathComponent("hearsay.sqlite")
        let pool = try DatabasePool(path: file.path)
        try StoreSchema.migrator.migrate(
            pool, upTo: "v3: which highlight absorbed which (highlights merged across processes)")
        try pool.write { db in
            try db.execute(sql: "INSERT INTO readMark (articleID) VALUES ('a.md')")
            try db.execute(sql: "INSERT INTO setting (key, value) VALUES ('lastOpenArticle', 'a.md')")
        }
        #expect(try pool.read { try $0.tableExists("speakerFilter") } == false)
        try pool.close()

        let store = HighlightStore(location: .directory(folder.url))
        #expect(try store.speakerFilters() == [:])
        #expect(try Self.rows(in: folder) == [])
        #expect(try store.readArticleIDs() == ["a.md"])
        #expect(try store.lastOpenArticle() == "a.md")
        try store.setSpeakerFilter(["记者"], articleID: "a.md")
        #expect(try Self.rows(in: folder) == [["a.md", "记者"]])
        let queue = try DatabaseQueue(path: file.path)
        #expect(try queue.read { try StoreSchema.version($0) } == .current)
    }
}
