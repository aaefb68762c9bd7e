import Foundation
import HearsayModel
import HearsayTesting
import Testing

@testable import HearsayIndex

/// The reader through the index: heads from the records, bodies read from the files when needed.
@Suite struct ReaderShellTests {
    /// The turn fixture corpus (`Tests/Fixtures/turns`), copied, so that a cache can be made of it.
    static let fixtureFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/turns").path

    /// Loads `paths` as the reader does, through the index in `cache` (or parsing, without one).
    static func readerLoad(
        _ paths: [String], cache: String?, bodyCache: BlockCache = BlockCache(limitBytes: 64 << 20),
        adjust: @escaping @Sendable ([Article]) -> [Article] = { $0 }, onStale: @escaping @Sendable () -> Void = {}
    ) -> (articles: [Article], diagnostics: [Diagnostic], source: IndexedArticleSource?) {
        let source = cache.map {
            IndexedArticleSource(paths: paths, open: { [folder = $0] in ArticleIndex.open(folder: folder, racyWindow: 0) })
        }
        let loader = StreamingCorpusLoader(
            pathBytes: paths.map { Array($0.utf8) }, firstBatch: 4, adjust: adjust, source: source ?? ParsingArticleSource(),
            bodyCache: bodyCache, onStale: onStale)
        var articles: [Article] = []
        var diagnostics: [Diagnostic] = []
        loader.run { change in
            articles += change.appended
            diagnostics += change.diagnostics
        }
        return (articles, diagnostics, source)
    }

    /// Every field but the blocks equal, and the shell's blocks equal the parse's.
    static func expectSame(_ shells: [Article], as parsed: [Article]) {
        #expect(shells.map(\.id) == parsed.map(\.id))
        for (shell, article) in zip(shells, parsed) {
            #expect(!shell.hasLoadedBody, "\(shell.id) is a shell")
            #expect(shell.hasSameHead(as: article), "\(shell.id): head")
            #expect(shell.blockCount == article.blocks.count, "\(shell.id): block count")
            #expect(shell.blocks == article.blocks, "\(shell.id): blocks")
        }
    }

    @Test("shells made from the index have the heads and blocks of a full parse, cold and warm (the fixture corpus)")
    func fixtureCorpus() throws {
        let fixture = try IndexFixture(files: [:])
        try FileManager.default.createDirectory(atPath: fixture.root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.fixtureFolder, toPath: fixture.corpus)
        let parsed = Self.readerLoad([fixture.corpus], cache: nil)
        #expect(parsed.articles.count > 30 && parsed.articles.allSatisfy(\.hasLoadedBody))
        let cold = Self.readerLoad([fixture.corpus], cache: fixture.cache)
        Self.expectSame(cold.articles, as: parsed.articles)
        #expect(cold.diagnostics == parsed.diagnostics)
        let warm = Self.readerLoad([fixture.corpus], cache: fixture.cache)
        Self.expectSame(warm.articles, as: parsed.articles)
        #expect(warm.diagnostics == parsed.diagnostics)
    }

    @Test("shells of the sample corpus have the heads and blocks of a full parse")
    func sampleCorpus() throws {
        let fixture = try IndexFixture(
            files: Dictionary(uniqueKeysWithValues: SampleCorpus.fileNames.map { ($0, SampleCorpus.text(named: $0)!) }))
        let parsed = CorpusLoader().load(paths: [fixture.corpus]).articles
        #expect(parsed.count == SampleCorpus.fileNames.count)
        _ = Self.readerLoad([fixture.corpus], cache: fixture.cache)
        Self.expectSame(Self.readerLoad([fixture.corpus], cache: fixture.cache).articles, as: parsed)
    }

    @Test("a warm start parses no file: every head comes from the index, no body is read until asked for")
    func warmStartParsesNothing() throws {
        let fixture = try IndexFixture()
        let cold = Self.readerLoad([fixture.corpus], cache: fixture.cache)
        #expect(cold.source?.counts == ArticleIndex.Counts(parsed: 3))
        let bodies = BlockCache(limitBytes: 1 << 20)
        let warm = Self.readerLoad([fixture.corpus], cache: fixture.cache, bodyCache: bodies)
        #expect(warm.source?.counts == ArticleIndex.Counts(reused: 3))
        #expect(bodies.reads == 0)
        #expect(warm.articles.map(\.title) == ["夜市闲谈", "River Boats 河上的船", "茶山访谈：一片叶子的旅程"])
        _ = warm.articles[2].blocks
        _ = warm.articles[2].blocks
        #expect(bodies.reads == 1)
    }

    @Test("a file deleted between two starts: its row is removed once, when loading ends")
    func vanishedFilesArePruned() throws {
        let fixture = try IndexFixture()
        _ = Self.readerLoad([fixture.corpus], cache: fixture.cache)
        try fixture.remove("market.txt")
        let warm = Self.readerLoad([fixture.corpus], cache: fixture.cache)
        #expect(warm.source?.counts == ArticleIndex.Counts(reused: 2, removed: 1))
        #expect(try fixture.listing(try fixture.open()).1 == ArticleIndex.Counts(reused: 2))
    }

    @Test("a file renamed between two starts: as many files as rows, yet the old name's row is removed")
    func renamedFilesArePruned() throws {
        let fixture = try IndexFixture()
        _ = Self.readerLoad([fixture.corpus], cache: fixture.cache)
        try FileManager.default.moveItem(atPath: fixture.corpus + "/tea.md", toPath: fixture.corpus + "/cup.md")
        let renamed = Self.readerLoad([fixture.corpus], cache: fixture.cache)
        #expect(renamed.source?.counts == ArticleIndex.Counts(reused: 2, parsed: 1, removed: 1))
        let again = Self.readerLoad([fixture.corpus], cache: fixture.cache)
        #expect(again.source?.counts == ArticleIndex.Counts(reused: 3))
        #expect(again.articles.map(\.id) == ["cup.md", "market.txt", "river/boats.md"])
    }

    @Test("a named pipe is parsed, never made a shell (its body would wait on the pipe), and not indexed")
    func pipesAreParsed() throws {
        let fixture = try IndexFixture()
        let pipe = fixture.root + "/slow.md"
        #expect(mkfifo(pipe, 0o600) == 0)
        let writer = Thread { try? "# 夜里的消息\n\n正文。\n".write(toFile: pipe, atomically: false, encoding: .utf8) }
        writer.start()
        let loaded = Self.readerLoad([fixture.corpus, pipe], cache: fixture.cache)
        #expect(loaded.articles.map(\.id) == ["market.txt", "river/boats.md", "tea.md", "slow.md"])
        #expect(loaded.articles.map(\.hasLoadedBody) == [false, false, false, true])
        #expect(loaded.articles.last?.blocks.map(\.text) == ["正文。"])
        #expect(loaded.source?.counts == ArticleIndex.Counts(parsed: 3))
    }

    @Test("a record and its file make a shell: the parse's head under the id given, its blocks read when asked for")
    func shellFromARecord() throws {
        let fixture = try IndexFixture()
        let index = try fixture.open()
        let file = try #require(fixture.files.files.first { $0.id == "tea.md" })
        let record = try #require(try index.refresh([file]).records.first)
        let bodies = BlockCache(limitBytes: 1 << 20)
        let shell = try #require(record.shell(file: file, id: "tea.md#2", cache: bodies))
        var parsed = try #require(CorpusLoader().load(file: file).article)
        parsed.id = "tea.md#2"
        #expect(!shell.hasLoadedBody && bodies.reads == 0)
        #expect(shell.hasSameHead(as: parsed) && shell.blockCount == parsed.blocks.count)
        #expect(shell.blocks == parsed.blocks)
        #expect(shell == shell && shell != parsed)
        #expect(IndexedArticle(ParseResult(article: nil, diagnostics: [])).shell(file: file, id: "x") == nil)
    }

    @Test("the reader's ids are list --json's, with two folders holding the same relative path")
    func idsAgreeWithTheListing() throws {
        let fixture = try IndexFixture()
        try fixture.write("copy/tea.md", IndexFixture.articles["tea.md"]!)
        let other = fixture.root + "/other"
        try FileManager.default.createDirectory(atPath: other, withIntermediateDirectories: true)
        try Data(IndexFixture.articles["tea.md"]!.utf8).write(to: URL(fileURLWithPath: other + "/tea.md"))
        let paths = [fixture.corpus, other]
        let index = try fixture.open()
        let list = ArticleFileList(paths: paths)
        let refresh = try index.refresh(list.files, pruningUnder: list.folders)
        let listed = CorpusListing(records: refresh.records, of: list.files, walkDiagnostics: list.diagnostics).articles.map(\.id)
        #expect(listed == ["copy/tea.md", "market.txt", "river/boats.md", "tea.md", other + "/tea.md"])
        #expect(Self.readerLoad(paths, cache: fixture.cache).articles.map(\.id) == listed)
        #expect(Self.readerLoad(paths, cache: nil).articles.map(\.id) == listed)
    }

    @Test("a body let go by the cache is read again, equal")
    func evictionThenReload() throws {
        let fixture = try IndexFixture()
        _ = Self.readerLoad([fixture.corpus], cache: fixture.cache)
        let parsed = CorpusLoader().load(paths: [fixture.corpus]).articles
        // Room for about one article's text: each read lets the one before go.
        let bodies = BlockCache(limitBytes: 200)
        let shells = Self.readerLoad([fixture.corpus], cache: fixture.cache, bodyCache: bodies).articles
        for (shell, article) in zip(shells, parsed) { #expect(shell.blocks == article.blocks) }
        #expect(bodies.reads == 3)
        #expect(bodies.count == 1)
        #expect(bodies.bytes <= max(200, parsed.map { $0.blocks.reduce(0) { $0 + $1.text.utf8.count } }.max()!))
        for (shell, article) in zip(shells, parsed) { #expect(shell.blocks == article.blocks) }
        #expect(bodies.reads == 6)
        // Read again while held: no read.
        _ = shells[2].blocks
        #expect(bodies.reads == 6)
    }

    @Test(
        "a file changed or deleted after its shell was made: as many blocks as the head has, the first says so, and a rescan is asked for")
    func staleBodies() throws {
        let fixture = try IndexFixture()
        _ = Self.readerLoad([fixture.corpus], cache: fixture.cache)
        let asked = Counter()
        let shells = Self.readerLoad([fixture.corpus], cache: fixture.cache, onStale: { asked.add() }).articles
        let tea = try #require(shells.first { $0.id == "tea.md" })
        let boats = try #require(shells.first { $0.id == "river/boats.md" })
        try fixture.write("tea.md", IndexFixture.articles["tea.md"]!.replacingOccurrences(of: "周明: 我补充一句", with: "周明说: 我补充一句"))
        try fixture.remove("river/boats.md")
        #expect(tea.blockCount == 6)
        #expect(
            tea.blocks.map(\.text)
                == ["[This article's file \(fixture.corpus)/tea.md changed on disk since it was listed; looking at the files again.]"]
                + Array(repeating: "", count: 5))
        #expect(asked.value == 1)
        #expect(boats.blocks.count == boats.blockCount)
        #expect(
            boats.blocks.first?.text
                == "[This article's file \(fixture.corpus)/river/boats.md could not be read; looking at the files again.]")
        #expect(asked.value == 2)
        // The notice is kept: drawing the article again does not read the file again.
        _ = tea.blocks
        #expect(asked.value == 2)
    }

    @Test("speakers.toml's adjustment is applied to the head at load and to the body when it is read")
    func adjustedShells() throws {
        let fixture = try IndexFixture()
        let (overrides, problems) = SpeakerOverrides.parse(
            """
            "tom baker@market.txt" = "Thomas Baker"
            [merge]
            "林小雨" = ["周明"]
            """, file: "speakers.toml")
        #expect(problems.isEmpty)
        let rename: @Sendable ([Article]) -> [Article] = { Corpus(articles: $0).applying(overrides).articles }
        let parsed = Self.readerLoad([fixture.corpus], cache: nil, adjust: rename).articles
        _ = Self.readerLoad([fixture.corpus], cache: fixture.cache, adjust: rename)
        let shells = Self.readerLoad([fixture.corpus], cache: fixture.cache, adjust: rename).articles
        Self.expectSame(shells, as: parsed)
        let tea = try #require(shells.first { $0.id == "tea.md" })
        #expect(tea.speakers.map(\.name) == ["林小雨", "Tom Baker"])
        #expect(tea.blocks.last?.kind == .turn(speaker: 0))
        #expect(shells.first { $0.id == "market.txt" }?.speakers.map(\.name) == ["陈阿姨", "Thomas Baker"])
    }
}

/// The reader when the index cannot be used: the files are parsed, and the status bar says why.
@Suite struct ReaderWithoutIndexTests {
    /// The summary the last change carries, and the articles.
    static func load(_ paths: [String], source: IndexedArticleSource) -> (articles: [Article], summary: String?) {
        let loader = StreamingCorpusLoader(
            pathBytes: paths.map { Array($0.utf8) }, firstBatch: 2, source: source, summarize: { _ in "2 problems" })
        var articles: [Article] = []
        var summary: String?
        loader.run { change in
            articles += change.appended
            if change.progress == nil { summary = change.summary }
        }
        return (articles, summary)
    }

    @Test("an index that cannot be opened: every file parsed, bodies held, the reason said when loading ends")
    func unopenable() throws {
        let fixture = try IndexFixture()
        let source = IndexedArticleSource(paths: [fixture.corpus]) {
            ArticleIndex.Opening(index: nil, notices: ["cache x is locked by another process; reading the files without it"])
        }
        let (articles, summary) = Self.load([fixture.corpus], source: source)
        #expect(articles.map(\.id) == ["market.txt", "river/boats.md", "tea.md"])
        #expect(articles.allSatisfy { $0.hasLoadedBody })
        #expect(source.counts == ArticleIndex.Counts(parsed: 3))
        #expect(summary == "cache x is locked by another process; reading the files without it; 2 problems")
    }

    @Test("a read-only cache: what it holds is read, what changed is parsed, and it says it cannot be written")
    func readOnly() throws {
        let fixture = try IndexFixture()
        _ = ReaderShellTests.readerLoad([fixture.corpus], cache: fixture.cache)
        try fixture.write("market.txt", IndexFixture.articles["market.txt"]! + "\n陈阿姨: 明天见。\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: fixture.cache)
        let source = IndexedArticleSource(paths: [fixture.corpus]) { ArticleIndex.open(folder: fixture.cache, racyWindow: 0) }
        // Checked as nobody: root would write a read-only folder.
        let (articles, summary) = withPermissionsOfNobody { Self.load([fixture.corpus], source: source) }
        #expect(source.counts == ArticleIndex.Counts(reused: 2, parsed: 1))
        #expect(articles.map(\.id) == ["market.txt", "river/boats.md", "tea.md"])
        #expect(articles[0].blocks.last?.text == "陈阿姨: 明天见。")
        #expect(summary?.contains("cannot be written") == true, "\(summary ?? "nil")")
    }
}

/// A count shared with a `@Sendable` closure.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    var value: Int { lock.withLock { count } }
    func add() { lock.withLock { count += 1 } }
}
