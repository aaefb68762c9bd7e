import Foundation
import GRDB
import HearsayModel
import Testing

@testable import HearsayStore

@Suite("Saving and loading highlights")
struct HighlightStoreTests {
    /// One `highlight` row as SQLite holds it.
    private struct StoredRow: Equatable {
        var id: String, articleID: String, exact: String
        var startBlock: Int, startOffset: Int, endBlock: Int, endOffset: Int
        var color: Int, note: String?, created: Double, modified: Double
    }

    /// The raw rows, read through a separate connection, oldest first.
    private func storedRows(_ folder: TemporaryFolder) throws -> [StoredRow] {
        let queue = try DatabaseQueue(path: folder.url.appendingPathComponent("hearsay.sqlite").path)
        return try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM highlight ORDER BY created").map { row in
                StoredRow(
                    id: row["id"], articleID: row["articleID"], exact: row["exact"],
                    startBlock: row["startBlock"], startOffset: row["startOffset"], endBlock: row["endBlock"],
                    endOffset: row["endOffset"], color: row["color"], note: row["note"],
                    created: row["created"], modified: row["modified"])
            }
        }
    }

    @Test("create, recolour, annotate in Chinese, remove and undo: exact stored records")
    func lifeCycle() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = HighlightStore(location: .directory(folder.url))
        var first = Fixtures.highlight(
            "茶馆里只有三位客人", in: 1, id: "11111111-1111-1111-1111-111111111111",
            color: 1, created: 1_700_000_000)
        let second = Fixtures.highlight(
            "Green tea, please.", in: 3, id: "22222222-2222-2222-2222-222222222222",
            color: 2, created: 1_700_000_100)

        try store.save(first)
        try store.save(second)
        // Block 1 starts "那天晚上下着大雨。" (27 bytes) then "茶馆里只有三位客人" (27 bytes);
        // block 3 starts "Tom Baker: " (11 bytes) then "Green tea, please." (18 bytes).
        #expect(
            try storedRows(folder) == [
                StoredRow(
                    id: "11111111-1111-1111-1111-111111111111", articleID: Fixtures.articleID,
                    exact: "茶馆里只有三位客人", startBlock: 1, startOffset: 27, endBlock: 1, endOffset: 54,
                    color: 1, note: nil, created: 1_700_000_000, modified: 1_700_000_000),
                StoredRow(
                    id: "22222222-2222-2222-2222-222222222222", articleID: Fixtures.articleID,
                    exact: "Green tea, please.", startBlock: 3, startOffset: 11, endBlock: 3, endOffset: 29,
                    color: 2, note: nil, created: 1_700_000_100, modified: 1_700_000_100),
            ])

        // Recolour and annotate (with CJK, punctuation and a line break in the note).
        first.color = 4
        first.note = "雨夜的气氛：安静、温暖。\n第二行「引号」"
        first.modified = Date(timeIntervalSince1970: 1_700_000_200)
        try store.save(first)
        #expect(
            try storedRows(folder)[0]
                == StoredRow(
                    id: "11111111-1111-1111-1111-111111111111", articleID: Fixtures.articleID, exact: "茶馆里只有三位客人",
                    startBlock: 1, startOffset: 27, endBlock: 1, endOffset: 54, color: 4,
                    note: "雨夜的气氛：安静、温暖。\n第二行「引号」", created: 1_700_000_000, modified: 1_700_000_200))

        // Remove, then undo by saving the same value again.
        try store.deleteHighlight(id: first.id)
        #expect(try storedRows(folder).map(\.id) == ["22222222-2222-2222-2222-222222222222"])
        #expect(try store.highlights(articleID: Fixtures.articleID) == [second])
        try store.save(first)

        // A new store (a later run) reads back exactly the same values.
        let reopened = HighlightStore(location: .directory(folder.url))
        #expect(try reopened.allHighlights() == [first, second])
        #expect(try reopened.highlights(articleID: Fixtures.articleID) == [first, second])
        #expect(try reopened.highlights(articleID: "other.md") == [])
        #expect(try reopened.highlight(id: second.id) == second)
        #expect(store.pendingWrites.isEmpty)
    }

    @Test("highlights come back in reading order, whatever order they were made in")
    func ordering() throws {
        let store = HighlightStore(location: .memory)
        let late = Fixtures.highlight("请慢用", in: 5, id: "33333333-3333-3333-3333-333333333333", created: 10)
        let early = Fixtures.highlight("下着大雨", in: 1, id: "44444444-4444-4444-4444-444444444444", created: 20)
        let middle = Fixtures.highlight("龙井", in: 2, id: "55555555-5555-5555-5555-555555555555", created: 30)
        for highlight in [late, early, middle] { try store.save(highlight) }
        #expect(try store.allHighlights().map(\.id) == [early.id, middle.id, late.id])
    }

    @Test("the database is in WAL mode and its schema was created by the migrator")
    func schema() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try HighlightStore(location: .directory(folder.url)).open()
        let queue = try DatabaseQueue(path: folder.url.appendingPathComponent("hearsay.sqlite").path)
        let (journalMode, migrations, tables) = try queue.read { db in
            (
                try String.fetchOne(db, sql: "PRAGMA journal_mode"),
                try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"),
                try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            )
        }
        #expect(journalMode == "wal")
        #expect(
            migrations == [
                "v1: highlights, reading positions, read marks, settings",
                "v2: the article's title, link and speaker with each highlight",
                "v3: which highlight absorbed which (highlights merged across processes)",
                "v4: the dialogue view's speaker filter per article",
            ])
        #expect(
            tables == [
                "grdb_migrations", "highlight", "highlightMerge", "readMark", "readingPosition", "setting", "speakerFilter",
            ])
    }

    /// The details columns of each row, oldest first.
    private func storedDetails(_ folder: TemporaryFolder) throws -> [[String?]] {
        let queue = try DatabaseQueue(path: folder.url.appendingPathComponent("hearsay.sqlite").path)
        return try queue.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT articleTitle, sourceURL, speaker, codePointStart, codePointEnd FROM highlight ORDER BY created
                    """
            ).map { row -> [String?] in
                let title: String? = row["articleTitle"], source: String? = row["sourceURL"], speaker: String? = row["speaker"]
                let start: Int? = row["codePointStart"], end: Int? = row["codePointEnd"]
                return [title, source, speaker, start.map { String($0) }, end.map { String($0) }]
            }
        }
    }

    @Test("each highlight is stored with its article's title, link, speaker and code-point position")
    func detailsAreStored() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = HighlightStore(location: .directory(folder.url))
        try store.save(Fixtures.highlight("欢迎光临", in: 2, id: "12121212-1212-1212-1212-121212121212", created: 1))
        try store.save(Fixtures.highlight("那天晚上", in: 1, id: "13131313-1313-1313-1313-131313131313", created: 2))
        // "雨夜的茶馆\n那天晚上下着大雨。茶馆里只有三位客人，炉子上的水刚刚烧开。\n林小雨: " is 41 code points.
        #expect(
            try storedDetails(folder) == [
                ["雨夜茶馆：一场虚构的访谈", "https://example.org/teahouse", "林小雨", "41", "45"],
                ["雨夜茶馆：一场虚构的访谈", "https://example.org/teahouse", nil, "6", "10"],
            ])
    }

    @Test("a database of the first schema is upgraded; its highlights get their details once their article is loaded")
    func upgradeFromVersion1() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let highlight = Fixtures.highlight("欢迎光临", in: 2, id: "14141414-1414-1414-1414-141414141414", created: 1)
        try OlderDatabase.makeVersion1(at: folder.url.appendingPathComponent("hearsay.sqlite"), with: highlight)
        let store = HighlightStore(location: .directory(folder.url))
        var withoutDetails = highlight
        withoutDetails.details = HighlightDetails()
        #expect(try store.allHighlights() == [withoutDetails], "upgraded: the row is kept, its details empty")
        #expect(try storedDetails(folder) == [[nil, nil, nil, nil, nil]])
        // Loaded without its article: nothing to fill in.
        #expect(try store.highlights(refreshedFrom: []) == [withoutDetails])
        // With it: filled in, and written back.
        #expect(try store.highlights(refreshedFrom: [Fixtures.article()]) == [highlight])
        #expect(try storedDetails(folder) == [["雨夜茶馆：一场虚构的访谈", "https://example.org/teahouse", "林小雨", "41", "45"]])
        #expect(store.pendingWrites.isEmpty)
        #expect(store.readOnlyStatus == nil)
        #expect(try HighlightStore(location: .directory(folder.url)).allHighlights() == [highlight])
    }
}

@Suite("Reading state")
struct ReadingStateTests {
    @Test("reading positions, read marks and the last open article are stored and loaded")
    func readingState() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = HighlightStore(location: .directory(folder.url))
        let article = Fixtures.article()
        let anchor = try #require(TextAnchor.make(article: article, at: Fixtures.position("我第一次", in: 4)))
        let position = ReadingPosition(
            articleID: article.id, anchor: anchor,
            updated: Date(timeIntervalSince1970: 1_700_000_300))
        #expect(try store.readingPosition(articleID: article.id) == nil)
        #expect(try store.lastOpenArticle() == nil)
        try store.setReadingPosition(position)
        try store.setRead(true, articleID: article.id)
        try store.setRead(true, articleID: "b.md")
        try store.setRead(true, articleID: "c.md")
        try store.setRead(false, articleID: "b.md")
        try store.setLastOpenArticle(article.id)

        let reopened = HighlightStore(location: .directory(folder.url))
        #expect(try reopened.readingPosition(articleID: article.id) == position)
        #expect(try reopened.readArticleIDs() == [article.id, "c.md"])
        #expect(try reopened.lastOpenArticle() == article.id)
        try reopened.setLastOpenArticle(nil)
        #expect(try HighlightStore(location: .directory(folder.url)).lastOpenArticle() == nil)
    }

    @Test("in memory (--no-state) everything works for the run and nothing touches the disk")
    func memory() throws {
        let store = HighlightStore(location: .memory)
        let highlight = Fixtures.highlight("龙井", in: 2, id: "66666666-6666-6666-6666-666666666666", created: 5)
        try store.save(highlight)
        try store.setRead(true, articleID: Fixtures.articleID)
        #expect(try store.allHighlights() == [highlight])
        #expect(try store.readArticleIDs() == [Fixtures.articleID])
        #expect(StateLocation.memory.databaseURL == nil)
        // A second in-memory store is a different, empty database.
        #expect(try HighlightStore(location: .memory).allHighlights() == [])
    }
}

@Suite("Where the state is kept")
struct StateLocationTests {
    @Test("--no-state, --state-dir, $XDG_DATA_HOME, then ~/.local/share")
    func resolution() {
        let environment = ["XDG_DATA_HOME": "/data/home", "HOME": "/home/lin"]
        #expect(StateLocation.resolve(stateDirectory: "/x", noState: true, environment: environment) == .memory)
        #expect(
            StateLocation.resolve(stateDirectory: "/x/state", environment: environment)
                == .directory(URL(fileURLWithPath: "/x/state", isDirectory: true)))
        #expect(
            StateLocation.resolve(environment: environment).databaseURL?.path
                == "/data/home/hearsay/hearsay.sqlite")
        #expect(
            StateLocation.resolve(environment: ["HOME": "/home/lin"]).databaseURL?.path
                == "/home/lin/.local/share/hearsay/hearsay.sqlite")
        // A relative XDG_DATA_HOME is invalid per the XDG spec and ignored.
        #expect(
            StateLocation.resolve(environment: ["XDG_DATA_HOME": "rel", "HOME": "/home/lin"]).databaseURL?.path
                == "/home/lin/.local/share/hearsay/hearsay.sqlite")
    }
}
