import Foundation
import GRDB
import HearsayModel
import Testing

@testable import HearsayStore

/// Two hearsay processes on one database, as two stores on one file: each merges the highlights
/// it knows, and the store merges what the other wrote meanwhile, so no two stored highlights
/// overlap and a removal in either process stays removed.
@Suite("Highlights from two processes")
struct CrossProcessMergeTests {
    static let first = "A0000000-0000-0000-0000-000000000001"
    static let second = "B0000000-0000-0000-0000-000000000002"

    /// Every `highlight` row as (id, exact, colour, note), and every merge as (merged, into).
    struct Rows: Equatable {
        var highlights: [[String?]]
        var merges: [[String]]
    }

    static func rows(in folder: TemporaryFolder) throws -> Rows {
        let queue = try DatabaseQueue(path: folder.url.appendingPathComponent("hearsay.sqlite").path)
        return try queue.read { db in
            Rows(
                highlights: try Row.fetchAll(db, sql: "SELECT id, exact, color, note FROM highlight ORDER BY id").map {
                    [$0["id"], $0["exact"], String($0["color"] as Int), $0["note"]]
                },
                merges: try Row.fetchAll(db, sql: "SELECT mergedID, intoID FROM highlightMerge ORDER BY mergedID").map {
                    [$0["mergedID"], $0["intoID"]]
                })
        }
    }

    @Test("both mark the same sentence: one row, the later one with both notes; removing either removes it for good")
    func sameSentence() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let one = HighlightStore(location: .directory(folder.url))
        let other = HighlightStore(location: .directory(folder.url))
        try one.save(Fixtures.highlight("欢迎光临", in: 2, id: Self.first, color: 1, note: "开场", created: 100))
        try other.save(Fixtures.highlight("欢迎光临", in: 2, id: Self.second, color: 3, note: "问候", created: 200))
        #expect(
            try Self.rows(in: folder)
                == Rows(
                    highlights: [[Self.second, "欢迎光临", "3", "问候 / 开场"]],
                    merges: [[Self.first, Self.second]]))

        // The first process still shows its own highlight; removing it there removes the one
        // that absorbed it, so nothing comes back at the next start.
        try one.deleteHighlight(id: UUID(uuidString: Self.first)!)
        #expect(try Self.rows(in: folder) == Rows(highlights: [], merges: []))
        #expect(try HighlightStore(location: .directory(folder.url)).allHighlights() == [])
    }

    @Test("the absorbed side recolours its highlight: it takes the text back, and the other's removal removes it")
    func absorbedSideSavesAgain() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let one = HighlightStore(location: .directory(folder.url))
        let other = HighlightStore(location: .directory(folder.url))
        try one.save(Fixtures.highlight("欢迎光临", in: 2, id: Self.first, color: 1, created: 100))
        try other.save(Fixtures.highlight("欢迎光临", in: 2, id: Self.second, color: 3, created: 200))
        try one.save(Fixtures.highlight("欢迎光临", in: 2, id: Self.first, color: 5, created: 100))
        #expect(
            try Self.rows(in: folder)
                == Rows(
                    highlights: [[Self.first, "欢迎光临", "5", nil]],
                    merges: [[Self.second, Self.first]]))
        try other.deleteHighlight(id: UUID(uuidString: Self.second)!)
        #expect(try Self.rows(in: folder) == Rows(highlights: [], merges: []))
    }

    @Test("overlapping, not equal: the later absorbs the earlier; a highlight elsewhere in the article stays")
    func partialOverlap() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let one = HighlightStore(location: .directory(folder.url))
        let other = HighlightStore(location: .directory(folder.url))
        let elsewhere = "C0000000-0000-0000-0000-000000000003"
        try one.save(Fixtures.highlight("今天想喝点什么？我们有新到的龙井", in: 2, id: Self.first, created: 100))
        try one.save(Fixtures.highlight("请慢用", in: 5, id: elsewhere, created: 150))
        try other.save(Fixtures.highlight("欢迎光临！今天", in: 2, id: Self.second, color: 2, created: 200))
        #expect(
            try Self.rows(in: folder)
                == Rows(
                    highlights: [[Self.second, "欢迎光临！今天", "2", nil], [elsewhere, "请慢用", "1", nil]],
                    merges: [[Self.first, Self.second]]))
        // Reading back gives no two overlapping highlights.
        #expect(try one.allHighlights().map(\.id.uuidString) == [Self.second, elsewhere])
    }

    @Test("one process merging its own highlights (delete the absorbed, save the merged) records no merge")
    func mergeWithinOneProcess() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = HighlightStore(location: .directory(folder.url))
        try store.save(Fixtures.highlight("欢迎光临", in: 2, id: Self.first, created: 100))
        try store.save(Fixtures.highlight("今天想喝点什么", in: 2, id: Self.second, created: 200))
        try store.deleteHighlight(id: UUID(uuidString: Self.second)!)
        try store.save(Fixtures.highlight("欢迎光临！今天想喝点什么", in: 2, id: Self.first, color: 4, created: 100))
        #expect(try Self.rows(in: folder) == Rows(highlights: [[Self.first, "欢迎光临！今天想喝点什么", "4", nil]], merges: []))
    }

    @Test("the same quote in the same context after the article changed counts as the same text")
    func sameQuoteAcrossAnEdit() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let one = HighlightStore(location: .directory(folder.url))
        let other = HighlightStore(location: .directory(folder.url))
        try one.save(Fixtures.highlight("欢迎光临", in: 2, id: Self.first, created: 100))
        var edited = Fixtures.article()
        // Far from the quote and its context: only the article's hash changes.
        edited.blocks[5] = Block(kind: .turn(speaker: 0), plain: "对，3.5元。", sourceLine: 6)
        try other.save(Fixtures.highlight("欢迎光临", in: 2, id: Self.second, created: 200, article: edited))
        #expect(try Self.rows(in: folder).highlights.map { $0[0] } == [Self.second])
    }

    @Test("notes: the saved highlight's first, then the absorbed ones' not already in it")
    func joinedNotes() {
        #expect(HighlightMerging.joinedNote("问候", ["开场", nil, "", "问候"]) == "问候 / 开场")
        #expect(HighlightMerging.joinedNote(nil, [nil, ""]) == nil)
        #expect(HighlightMerging.joinedNote("", ["开场"]) == "开场")
    }
}

@Suite("Highlights stored twice before merging")
struct StoredDuplicatesTests {
    @Test("upgrading a database with overlapping highlights merges them: the one changed last absorbs the others")
    func upgradeMergesDuplicates() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = folder.url.appendingPathComponent("hearsay.sqlite")
        let older = Fixtures.highlight("欢迎光临", in: 2, id: CrossProcessMergeTests.first, note: "开场", created: 100)
        try OlderDatabase.makeVersion1(at: file, with: older)
        let newer = Fixtures.highlight("欢迎光临！今天", in: 2, id: CrossProcessMergeTests.second, color: 4, created: 200)
        let apart = Fixtures.highlight("请慢用", in: 5, id: "C0000000-0000-0000-0000-000000000003", created: 50)
        try OlderDatabase.insertVersion1(newer, at: file)
        try OlderDatabase.insertVersion1(apart, at: file)

        let store = HighlightStore(location: .directory(folder.url))
        #expect(try store.allHighlights().map(\.id) == [newer.id, apart.id])
        #expect(
            try CrossProcessMergeTests.rows(in: folder)
                == CrossProcessMergeTests.Rows(
                    highlights: [
                        [CrossProcessMergeTests.second, "欢迎光临！今天", "4", "开场"],
                        [apart.id.uuidString, "请慢用", "1", nil],
                    ],
                    merges: [[CrossProcessMergeTests.first, CrossProcessMergeTests.second]]))
    }
}
