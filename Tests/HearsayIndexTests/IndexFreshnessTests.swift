import Foundation
import HearsayIndex
import HearsayModel
import Testing

/// A changed file is never served from the index; an unchanged one is never read again.
@Suite struct IndexFreshnessTests {
    @Test("the first start parses every file, the second reads none")
    func warmStartReadsNothing() throws {
        let fixture = try IndexFixture()
        let (cold, coldCounts) = try fixture.listing(try fixture.open())
        #expect(coldCounts == .init(parsed: 3))
        let (warm, warmCounts) = try fixture.listing(try fixture.open())
        #expect(warmCounts == .init(reused: 3))
        #expect(warm.printed == cold.printed)
        #expect(warm.printed == fixture.freshListing.printed)
    }

    @Test("a file rewritten with the same size and its modification time set back is parsed again")
    func sameSizeSameModificationTime() throws {
        let fixture = try IndexFixture()
        _ = try fixture.listing(try fixture.open())
        let before = fixture.modified("tea.md")
        let original = IndexFixture.articles["tea.md"]!
        // Same byte count: one three-byte character swapped for another.
        try fixture.write("tea.md", original.replacingOccurrences(of: "茶山访谈", with: "茶园访谈"))
        fixture.setModified("tea.md", to: before)
        #expect(fixture.modified("tea.md").tv_sec == before.tv_sec && fixture.modified("tea.md").tv_nsec == before.tv_nsec)

        let (listing, counts) = try fixture.listing(try fixture.open())
        #expect(counts == .init(reused: 2, parsed: 1))
        #expect(listing.articles.map(\.title) == ["夜市闲谈", "River Boats 河上的船", "茶园访谈：一片叶子的旅程"])
        #expect(listing.printed == fixture.freshListing.printed)
    }

    @Test("a file touched but not changed is hashed, found the same and not parsed")
    func touchedButUnchanged() throws {
        let fixture = try IndexFixture()
        _ = try fixture.listing(try fixture.open())
        fixture.setModified("market.txt", to: timespec(tv_sec: 1_700_000_000, tv_nsec: 0))
        let (_, counts) = try fixture.listing(try fixture.open())
        #expect(counts == .init(reused: 2, verified: 1))
        // The new stamp was stored: the next start trusts it.
        let (_, again) = try fixture.listing(try fixture.open())
        #expect(again == .init(reused: 3))
    }

    @Test("a file written just before it was indexed is hashed at the next start, whatever its stamp says")
    func writtenWithinTheRacyWindow() throws {
        let fixture = try IndexFixture()
        let oneHour: Int64 = 3_600_000_000_000
        _ = try fixture.listing(try fixture.open(racyWindow: oneHour))
        let (_, counts) = try fixture.listing(try fixture.open(racyWindow: oneHour))
        #expect(counts == .init(verified: 3))
        let (_, outsideTheWindow) = try fixture.listing(try fixture.open())
        #expect(outsideTheWindow == .init(verified: 3))
    }

    @Test("a file added is parsed; the others are not")
    func added() throws {
        let fixture = try IndexFixture()
        _ = try fixture.listing(try fixture.open())
        try fixture.write("river/ferry.md", "# 渡口\n\n渡口的故事。\n")
        let (listing, counts) = try fixture.listing(try fixture.open())
        #expect(counts == .init(reused: 3, parsed: 1))
        #expect(listing.articles.map(\.id) == ["market.txt", "river/boats.md", "river/ferry.md", "tea.md"])
        #expect(listing.printed == fixture.freshListing.printed)
    }

    @Test("a file removed leaves the listing and the index")
    func removed() throws {
        let fixture = try IndexFixture()
        _ = try fixture.listing(try fixture.open())
        try fixture.remove("market.txt")
        let (listing, counts) = try fixture.listing(try fixture.open())
        #expect(counts == .init(reused: 2, removed: 1))
        #expect(listing.articles.map(\.id) == ["river/boats.md", "tea.md"])
        #expect(listing.articles.flatMap(\.speakers) == ["林小雨", "Tom Baker", "周明"])
        #expect(listing.printed == fixture.freshListing.printed)
        let (_, again) = try fixture.listing(try fixture.open())
        #expect(again == .init(reused: 2))
    }

    @Test("a file renamed is listed under its new name; its old row is removed")
    func renamed() throws {
        let fixture = try IndexFixture()
        _ = try fixture.listing(try fixture.open())
        try FileManager.default.moveItem(atPath: fixture.corpus + "/tea.md", toPath: fixture.corpus + "/river/tea.md")
        let (listing, counts) = try fixture.listing(try fixture.open())
        #expect(counts == .init(reused: 2, parsed: 1, removed: 1))
        #expect(listing.articles.map(\.id) == ["market.txt", "river/boats.md", "river/tea.md"])
        #expect(
            listing.articles.map(\.path) == [
                fixture.corpus + "/market.txt", fixture.corpus + "/river/boats.md",
                fixture.corpus + "/river/tea.md",
            ])
        #expect(listing.printed == fixture.freshListing.printed)
    }

    @Test("a file replaced by a folder of the same name: the folder's files are listed, the old row removed")
    func replacedByAFolder() throws {
        let fixture = try IndexFixture()
        _ = try fixture.listing(try fixture.open())
        try fixture.remove("tea.md")
        try FileManager.default.createDirectory(atPath: fixture.corpus + "/tea.md", withIntermediateDirectories: false)
        try fixture.write("tea.md/inner.md", "# 里面\n")
        let (listing, counts) = try fixture.listing(try fixture.open())
        #expect(counts == .init(reused: 2, parsed: 1, removed: 1))
        #expect(listing.articles.map(\.id) == ["market.txt", "river/boats.md", "tea.md/inner.md"])
        #expect(listing.printed == fixture.freshListing.printed)
    }

    @Test("a file given by itself has another id than in its folder: it is parsed again under that id")
    func articleIDIsPartOfTheRecord() throws {
        let fixture = try IndexFixture()
        _ = try fixture.listing(try fixture.open())
        let alone = ArticleFileList(paths: [fixture.corpus + "/river/boats.md"])
        let refresh = try fixture.open().refresh(alone.files)
        #expect(refresh.counts == .init(parsed: 1))
        #expect(refresh.records.map(\.summary?.id) == ["boats.md"])
        let (listing, counts) = try fixture.listing(try fixture.open())
        #expect(counts == .init(reused: 2, parsed: 1))
        #expect(listing.printed == fixture.freshListing.printed)
    }
}

/// `changes(_:under:)`: what a live reload asks before re-reading only what changed.
@Suite struct IndexChangesTests {
    @Test("files unchanged, touched, rewritten, added and removed are told apart without parsing or writing")
    func changesAreSorted() throws {
        let fixture = try IndexFixture()
        _ = try fixture.listing(try fixture.open())
        fixture.setModified("market.txt", to: timespec(tv_sec: 1_700_000_000, tv_nsec: 0))
        try fixture.write("tea.md", "# 换了内容\n")
        try fixture.write("river/ferry.md", "# 渡口\n")
        try FileManager.default.moveItem(atPath: fixture.corpus + "/river/boats.md", toPath: fixture.root + "/boats.md")
        let index = try fixture.open()
        let list = fixture.files
        let changes = try index.changes(list.files, under: list.folders)
        #expect(changes.unchanged.map(\.id) == ["market.txt"])
        #expect(changes.changed.map(\.id) == ["tea.md"])
        #expect(changes.added.map(\.id) == ["river/ferry.md"])
        #expect(changes.removed == [fixture.corpus + "/river/boats.md"])
        // Nothing was written: a refresh still has everything to do.
        let (_, counts) = try fixture.listing(index)
        #expect(counts == .init(verified: 1, parsed: 2, removed: 1))
    }
}
