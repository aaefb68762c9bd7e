import Foundation
import GRDB
import HearsayIndex
import HearsayModel
import HearsaySearch
import Testing

/// The same folder given another way (`corpus` from its parent, `/abs/corpus` elsewhere, `~/news`):
/// the same files under other display paths. A warm refresh must neither read nor parse them, nor
/// drop their full-text index (which made a warm `text index` at 100,000 articles cost 100 s).
@Suite struct IndexFolderSpellingTests {
    /// The fixture's files as `hearsay list corpus` from the fixture's root names them.
    private func relative(_ fixture: IndexFixture) -> [ArticleFile] {
        fixture.files.files.map { ArticleFile(path: $0.path, id: $0.id, displayPath: "corpus/" + $0.id) }
    }

    @Test("a warm refresh of unchanged files under another display path parses none and reads none")
    func unchangedFilesAreNotReadAgain() throws {
        let fixture = try IndexFixture(files: IndexFixture.articles.merging(["empty.md": ""]) { $1 })
        _ = try fixture.listing(try fixture.open())
        let files = relative(fixture)
        let refresh = try fixture.open().refresh(files, pruningUnder: [fixture.corpus])
        #expect(refresh.counts == .init(reused: 4))
        // Exactly what parsing the files under these names gives: the article's path and the file
        // its diagnostics name are the new display path.
        #expect(refresh.records == files.map { IndexedArticle(CorpusLoader().load(file: $0)) })
        #expect(
            refresh.records.map(\.summary?.path) == [nil, "corpus/market.txt", "corpus/river/boats.md", "corpus/tea.md"])
        #expect(refresh.records.flatMap(\.diagnostics).map(\.description) == ["corpus/empty.md:1: warning: file is empty"])
        // And back under the first spelling: still nothing read.
        let (listing, counts) = try fixture.listing(try fixture.open())
        #expect(counts == .init(reused: 4))
        #expect(listing.printed == fixture.freshListing.printed)
    }

    @Test("a file whose stamp moved is hashed, not parsed, under another display path")
    func touchedFileIsVerified() throws {
        let fixture = try IndexFixture()
        _ = try fixture.listing(try fixture.open())
        fixture.setModified("market.txt", to: timespec(tv_sec: 1_700_000_000, tv_nsec: 0))
        let files = relative(fixture)
        let refresh = try fixture.open().refresh(files, pruningUnder: [fixture.corpus])
        #expect(refresh.counts == .init(reused: 2, verified: 1))
        #expect(refresh.records == files.map { IndexedArticle(CorpusLoader().load(file: $0)) })
    }

    @Test("the full-text index a search filled is kept when the folder is given another way")
    func textIndexIsKept() throws {
        let fixture = try IndexFixture()
        _ = try IndexedSearch(query: SearchQuery(parsing: "开源"), files: fixture.files, index: try fixture.open())
        let filled = try fixture.rowsWithText()
        #expect(filled.count == 3)
        _ = try fixture.open().refresh(relative(fixture), pruningUnder: [fixture.corpus])
        #expect(try fixture.rowsWithText() == filled)
    }
}

extension IndexFixture {
    /// The index rows whose folded text is stored, read straight from the cache file.
    func rowsWithText() throws -> [Int64] {
        try DatabaseQueue(path: indexFile).read { db in try Int64.fetchAll(db, sql: "SELECT id FROM folded_text ORDER BY id") }
    }
}
