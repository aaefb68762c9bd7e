import Foundation
import GRDB
import HearsayIndex
import HearsayModel
import HearsaySearch
import Testing

/// `ArticleIndex.outline`: what a search needs of each file (does it give an article, its final id,
/// its diagnostics, its row) from the rows' columns, decoding no record of a file that did not
/// change, and exactly what a full load of the files gives.
@Suite struct IndexOutlineTests {
    /// The fixture's articles plus files with loading problems: one without an article (empty),
    /// one with an error and an article (front matter never closed), one skipped (binary).
    private static let troubled = IndexFixture.articles.merging([
        "empty.md": "",
        "open.md": "---\ntitle: 没有结尾\n\n# 前言未闭合\n\n正文一段。\n",
        "binary.md": "\u{0}\u{1}\u{2}binary",
    ]) { $1 }

    /// Final ids and every diagnostic as a full load of `paths` gives them.
    private func fresh(_ paths: [String]) -> (ids: [String], diagnostics: [String]) {
        let corpus = CorpusLoader().load(paths: paths)
        return (corpus.articles.map(\.id), corpus.diagnostics.map(\.description))
    }

    private func outlined(_ outline: ArticleIndex.Outline, of list: ArticleFileList) -> (ids: [String], diagnostics: [String]) {
        (
            outline.finalIDs(of: list.files).compactMap { $0 },
            (list.diagnostics + outline.diagnostics.flatMap { $0 }).map(\.description)
        )
    }

    /// Overwrites a column of every row in the cache file.
    private func damage(_ column: String, of fixture: IndexFixture) throws {
        try DatabaseQueue(path: fixture.indexFile).write { db in
            try db.execute(sql: "UPDATE file SET \(column) = x'ff' WHERE \(column) IS NOT NULL")
        }
    }

    @Test("cold and warm, the outline gives the ids and diagnostics a full load gives")
    func sameAsAFullLoad() throws {
        let fixture = try IndexFixture(files: Self.troubled)
        let list = fixture.files
        let expected = fresh([fixture.corpus])
        #expect(expected.ids == ["market.txt", "open.md", "river/boats.md", "tea.md"])
        #expect(
            expected.diagnostics == [
                "\(fixture.corpus)/binary.md:1: warning: binary file skipped (NUL byte at offset 0)",
                "\(fixture.corpus)/empty.md:1: warning: file is empty",
                "\(fixture.corpus)/open.md:1: error: front matter starting here is never closed by a `---` line; read as text",
            ])

        let cold = try fixture.open().outline(list.files, pruningUnder: list.folders)
        #expect(cold.counts == .init(parsed: 6))
        #expect(outlined(cold, of: list) == expected)
        let warm = try fixture.open().outline(list.files, pruningUnder: list.folders)
        #expect(warm.counts == .init(reused: 6))
        #expect(outlined(warm, of: list) == expected)
        #expect(warm.hasArticle == [false, false, true, true, true, true])
        #expect(warm.rowIDs == cold.rowIDs)
    }

    @Test("a warm outline decodes no record: with every record damaged it still answers from the columns")
    func recordsAreNotDecoded() throws {
        let fixture = try IndexFixture(files: Self.troubled)
        let list = fixture.files
        _ = try fixture.open().outline(list.files)
        try damage("record", of: fixture)
        let warm = try fixture.open().outline(list.files)
        #expect(warm.counts == .init(reused: 6))
        #expect(outlined(warm, of: list) == fresh([fixture.corpus]))
        // A refresh decodes records: a damaged one is never trusted, its file is parsed again.
        #expect(try fixture.open().refresh(list.files).counts == .init(parsed: 6))
    }

    @Test("damaged diagnostics are not trusted: those files are refreshed, and report what they report")
    func damagedDiagnosticsAreRefreshed() throws {
        let fixture = try IndexFixture(files: Self.troubled)
        let list = fixture.files
        _ = try fixture.open().outline(list.files)
        try damage("diagnostics", of: fixture)
        try damage("record", of: fixture)
        let warm = try fixture.open().outline(list.files)
        // The three files with diagnostics are parsed again (their records are damaged too).
        #expect(warm.counts == .init(reused: 3, parsed: 3))
        #expect(outlined(warm, of: list) == fresh([fixture.corpus]))
    }

    @Test("diagnostics name the file as the folder is given now, not as when it was indexed")
    func diagnosticsFollowTheDisplayPath() throws {
        let fixture = try IndexFixture(files: Self.troubled)
        _ = try fixture.open().outline(fixture.files.files)
        let relative = fixture.files.files.map { ArticleFile(path: $0.path, id: $0.id, displayPath: "corpus/" + $0.id) }
        let warm = try fixture.open().outline(relative)
        #expect(warm.counts == .init(reused: 6))
        #expect(
            warm.diagnostics.flatMap { $0 } == relative.flatMap { CorpusLoader().load(file: $0).diagnostics })
        #expect(warm.diagnostics.flatMap { $0 }.map(\.file) == ["corpus/binary.md", "corpus/empty.md", "corpus/open.md"])
    }

    @Test("duplicate ids are renamed as a full load renames them, in load order")
    func duplicateIDs() throws {
        let fixture = try IndexFixture()
        for folder in ["other", "third"] {
            try fixture.write("../\(folder)/tea.md", IndexFixture.articles["tea.md"]!)
            try fixture.write("../\(folder)/market.txt", IndexFixture.articles["market.txt"]!)
        }
        let paths = [fixture.corpus, fixture.root + "/other", fixture.root + "/third"]
        let list = ArticleFileList(paths: paths)
        _ = try fixture.open().outline(list.files)
        let warm = try fixture.open().outline(list.files)
        #expect(warm.counts == .init(reused: 7))
        let ids = outlined(warm, of: list).ids
        #expect(ids == fresh(paths).ids)
        #expect(
            ids == [
                "market.txt", "river/boats.md", "tea.md", "\(fixture.root)/other/market.txt", "\(fixture.root)/other/tea.md",
                "\(fixture.root)/third/market.txt", "\(fixture.root)/third/tea.md",
            ])
    }

    @Test("a file rewritten with the same size and modification time is parsed again, and a deleted one's row removed")
    func changedAndDeletedFiles() throws {
        let fixture = try IndexFixture()
        _ = try fixture.open().outline(fixture.files.files)
        let before = fixture.modified("tea.md")
        try fixture.write("tea.md", IndexFixture.articles["tea.md"]!.replacingOccurrences(of: "茶山访谈", with: "茶园访谈"))
        fixture.setModified("tea.md", to: before)
        try fixture.remove("market.txt")
        let list = fixture.files
        let warm = try fixture.open().outline(list.files, pruningUnder: list.folders)
        #expect(warm.counts == .init(reused: 1, parsed: 1, removed: 1))
        #expect(outlined(warm, of: list) == fresh([fixture.corpus]))
        #expect(try fixture.open().outline(list.files, pruningUnder: list.folders).counts == .init(reused: 2))
    }

    @Test("past the count where every row is read at once, a deleted file's row is still removed, and only then")
    func pruningWhenEveryRowIsRead() throws {
        let count = 8_200  // over StoredFile.wholeTableCount (8,192)
        var files: [String: String] = [:]
        for number in 0..<count { files[String(format: "n/%05d.md", number)] = "# 第\(number)篇\n\n正文。\n" }
        let fixture = try IndexFixture(files: files)
        _ = try fixture.open().outline(fixture.files.files, pruningUnder: fixture.files.folders)
        let unchanged = try fixture.open().outline(fixture.files.files, pruningUnder: fixture.files.folders)
        #expect(unchanged.counts == .init(reused: count))
        try fixture.remove("n/04000.md")
        let list = fixture.files
        let pruned = try fixture.open().outline(list.files, pruningUnder: list.folders)
        #expect(pruned.counts == .init(reused: count - 1, removed: 1))
        #expect(try DatabaseQueue(path: fixture.indexFile).read { try Int.fetchOne($0, sql: "SELECT count(*) FROM file") } == count - 1)
        #expect(try fixture.open().outline(list.files, pruningUnder: list.folders).counts == .init(reused: count - 1))
    }
}
