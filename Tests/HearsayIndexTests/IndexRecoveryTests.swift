import Foundation
import GRDB
import HearsayIndex
import HearsayModel
import HearsayTesting
import Testing

/// A cache that cannot be trusted or used is rebuilt or bypassed, with a message; the listing is
/// the same either way.
@Suite struct IndexRecoveryTests {
    @Test("a damaged cache file is rebuilt and said so")
    func damagedFile() throws {
        let fixture = try IndexFixture()
        _ = try fixture.listing(try fixture.open())
        try Data(repeating: 0x5A, count: 8192).write(to: URL(fileURLWithPath: fixture.indexFile))

        let opening = ArticleIndex.open(folder: fixture.cache, racyWindow: 0)
        let index = try #require(opening.index)
        #expect(opening.notices.isEmpty)
        #expect(index.notices == ["cache \(fixture.indexFile) was damaged (file is not a database); rebuilt"])
        let (listing, counts) = try fixture.listing(index)
        #expect(counts == .init(parsed: 3))
        #expect(listing.printed == fixture.freshListing.printed)
        let (_, again) = try fixture.listing(try fixture.open())
        #expect(again == .init(reused: 3))
    }

    @Test("a record that does not decode is never trusted: the file is parsed again")
    func damagedRecord() throws {
        let fixture = try IndexFixture()
        _ = try fixture.listing(try fixture.open())
        let database = try DatabaseQueue(path: fixture.indexFile)
        try database.write { try $0.execute(sql: "UPDATE file SET record = x'7B7D7B' WHERE article_id = 'tea.md'") }
        try database.close()
        let (listing, counts) = try fixture.listing(try fixture.open())
        #expect(counts == .init(reused: 2, parsed: 1))
        #expect(listing.printed == fixture.freshListing.printed)
    }

    @Test("a cache of another format version is rebuilt and said so")
    func foreignVersion() throws {
        let fixture = try IndexFixture()
        _ = try fixture.listing(try fixture.open())
        let database = try DatabaseQueue(path: fixture.indexFile)
        try database.write { try $0.execute(sql: "UPDATE meta SET value = '999' WHERE key = 'format'") }
        try database.close()

        let index = try fixture.open()
        #expect(
            index.notices == [
                "cache \(fixture.indexFile) was made by another version of hearsay (format 999, this one reads \(IndexFormat.version)); rebuilt"
            ])
        let (listing, counts) = try fixture.listing(index)
        #expect(counts == .init(parsed: 3))
        #expect(listing.printed == fixture.freshListing.printed)
    }

    @Test("an SQLite file of another program in the cache's place is replaced, not read")
    func anotherProgramsDatabase() throws {
        let fixture = try IndexFixture()
        try FileManager.default.createDirectory(atPath: fixture.cache, withIntermediateDirectories: true)
        let database = try DatabaseQueue(path: fixture.indexFile)
        try database.write { try $0.execute(sql: "CREATE TABLE file(path TEXT); INSERT INTO file VALUES ('x')") }
        try database.close()

        let index = try fixture.open()
        #expect(index.notices == ["cache \(fixture.indexFile) was made by another program; rebuilt"])
        let (_, counts) = try fixture.listing(index)
        #expect(counts == .init(parsed: 3))
    }

    @Test("a cache locked by another process is bypassed with a message")
    func locked() throws {
        let fixture = try IndexFixture()
        _ = try fixture.listing(try fixture.open())
        let holder = try DatabaseQueue(path: fixture.indexFile)
        try holder.inDatabase { db in
            try db.execute(sql: "BEGIN EXCLUSIVE")
            let opening = ArticleIndex.open(folder: fixture.cache, racyWindow: 0)
            #expect(opening.index == nil)
            #expect(opening.notices == ["cache \(fixture.indexFile) is locked by another process; reading the files without it"])
            try db.execute(sql: "ROLLBACK")
        }
    }

    @Test("a read-only cache folder without an index: no index, and a message")
    func readOnlyEmptyFolder() throws {
        let fixture = try IndexFixture()
        try FileManager.default.createDirectory(atPath: fixture.cache, withIntermediateDirectories: true)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: fixture.cache)
        withPermissionsOfNobody {
            let opening = ArticleIndex.open(folder: fixture.cache, racyWindow: 0)
            #expect(opening.index == nil)
            #expect(
                opening.notices == [
                    "cache \(fixture.indexFile) cannot be used (unable to open database file); reading the files without it"
                ])
        }
    }

    @Test("a read-only cache folder with an index: it is read, what changed is read from the files and not stored")
    func readOnlyFolderWithAnIndex() throws {
        let fixture = try IndexFixture()
        _ = try fixture.listing(try fixture.open())
        try fixture.write("river/ferry.md", "# 渡口\n\n渡口的故事。\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: fixture.cache)
        try withPermissionsOfNobody {
            let index = try fixture.open()
            let (listing, counts) = try fixture.listing(index)
            #expect(counts == .init(reused: 3, parsed: 1))
            #expect(listing.printed == fixture.freshListing.printed)
            #expect(!index.isWritable)
            #expect(index.notices.count == 1)
            #expect(index.notices.first?.hasPrefix("cache \(fixture.indexFile) cannot be written (") == true)
            let (_, again) = try fixture.listing(try fixture.open())
            #expect(again == .init(reused: 3, parsed: 1))
        }
    }

    @Test("a cache folder that cannot be created: no index, and a message")
    func folderCannotBeCreated() throws {
        let fixture = try IndexFixture()
        let underAFile = fixture.corpus + "/tea.md/cache"
        let opening = ArticleIndex.open(folder: underAFile)
        #expect(opening.index == nil)
        #expect(opening.notices == ["cache folder \(underAFile) cannot be created; reading the files without it"])
    }

    @Test("two indexes refreshing the same cache at once both list correctly, and the cache holds every file")
    func concurrentRefreshes() async throws {
        let fixture = try IndexFixture()
        let expected = fixture.freshListing.printed
        let root = fixture.root
        let results = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<2 {
                group.addTask {
                    let opening = ArticleIndex.open(folder: root + "/cache", racyWindow: 0)
                    let index = try #require(opening.index)
                    let list = ArticleFileList(paths: [root + "/corpus"])
                    let refresh = try index.refresh(list.files, pruningUnder: list.folders)
                    return CorpusListing(records: refresh.records, of: list.files, walkDiagnostics: list.diagnostics).printed
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results == [expected, expected])
        let (_, counts) = try fixture.listing(try fixture.open())
        #expect(counts == .init(reused: 3))
    }
}
