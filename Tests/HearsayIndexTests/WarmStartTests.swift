import Foundation
import HearsayModel
import Testing

@testable import HearsayIndex

/// A warm start at its cheapest: each file stat'ed once (the walk's `stat` is the index's stamp
/// and the live reload's version), batches that parse nothing taken in large steps, and slow files
/// parsed on the loading thread with their bodies held, so that opening one never parses.
@Suite struct WarmStartTests {
    @Test("the walk's stat is the refresh's stamp: a file changed after the walk is judged by the walk's stamp")
    func walkStatIsTheStamp() throws {
        let fixture = try IndexFixture()
        _ = try fixture.listing(try fixture.open())
        let walked = fixture.files
        #expect(walked.files.allSatisfy { $0.status?.isRegularFile == true })
        #expect(walked.files.map { $0.status?.size } == walked.files.map { Int64(FileStatus(path: $0.path)!.size) })
        try fixture.write("market.txt", "# 夜市闲谈\n\n改过的正文，长了一些。\n")
        // The refresh does not stat again: the walk saw the file as indexed.
        #expect(try fixture.open().refresh(walked.files).counts == .init(reused: 3))
        // A walk after the write sees it.
        #expect(try fixture.open().refresh(fixture.files.files).counts == .init(reused: 2, parsed: 1))
    }

    @Test("a file given without the walk's stat is stat'ed by the refresh")
    func fileWithoutStatusIsStatted() throws {
        let fixture = try IndexFixture()
        _ = try fixture.listing(try fixture.open())
        let bare = fixture.files.files.map { ArticleFile(path: $0.path, id: $0.id, displayPath: $0.displayPath) }
        #expect(bare.allSatisfy { $0.status == nil })
        try fixture.write("market.txt", "# 夜市闲谈\n\n改过的正文，长了一些。\n")
        #expect(try fixture.open().refresh(bare).counts == .init(reused: 2, parsed: 1))
    }

    @Test("files are equal by path, id and display path, whatever their stat")
    func statusIsNotIdentity() throws {
        let fixture = try IndexFixture()
        let walked = try #require(fixture.files.files.first)
        let bare = ArticleFile(path: walked.path, id: walked.id, displayPath: walked.displayPath)
        #expect(walked == bare && walked.hashValue == bare.hashValue)
    }

    @Test("batches grow while files are parsed; after a batch that parsed nothing, the rest comes in warm batches")
    func warmBatchesAfterABatchThatParsedNothing() throws {
        let folder = try IndexFixture(files: Dictionary(uniqueKeysWithValues: (0..<11).map { ("\($0).md", "# 第\($0)篇\n\n正文。\n") }))
        for parses in [true, false] {
            let source = BatchRecordingSource(parses: parses)
            let loader = StreamingCorpusLoader(
                pathBytes: [Array(folder.corpus.utf8)], firstBatch: 2, maximumBatch: 4, warmBatch: 5, source: source)
            var appended: [Int] = []
            loader.run { appended.append($0.appended.count) }
            #expect(source.batches == (parses ? [2, 4, 4, 1] : [2, 5, 4]), "parses: \(parses)")
            #expect(appended.reduce(0, +) == 11)
        }
    }

    @Test("a slow file is parsed on the loading thread and keeps its body: opening it reads nothing")
    func slowFileBodyIsHeld() throws {
        let fixture = try IndexFixture()
        try fixture.write("long.md", "# 长篇\n\n" + String(repeating: "很长的一段话。", count: 100) + "\n")
        let cold = Self.load(fixture, heldSlowFileBytes: 1 << 20, bodies: BlockCache(limitBytes: 1 << 20))
        #expect(cold.source.counts == .init(parsed: 3))
        let bodies = BlockCache(limitBytes: 1 << 20)
        let warm = Self.load(fixture, heldSlowFileBytes: 1 << 20, bodies: bodies)
        #expect(warm.articles.map(\.id) == ["market.txt", "river/boats.md", "tea.md", "long.md"])
        #expect(warm.articles.map(\.hasLoadedBody) == [false, false, false, true])
        #expect(warm.source.counts == .init(reused: 3))
        #expect(warm.articles[3].blocks.map(\.text) == [String(repeating: "很长的一段话。", count: 100)])
        #expect(bodies.reads == 0)
    }

    @Test("slow files' held bodies are bounded: past the bound a slow file is a shell from the index")
    func heldBodiesAreBounded() throws {
        let fixture = try IndexFixture()
        try fixture.write("long.md", "# 长篇\n\n" + String(repeating: "很长的一段话。", count: 100) + "\n")
        try fixture.write("longer.md", "# 更长\n\n" + String(repeating: "更长的一段话。", count: 100) + "\n")
        let size = Int(try #require(FileStatus(path: fixture.corpus + "/long.md")).size)
        _ = Self.load(fixture, heldSlowFileBytes: size, bodies: BlockCache(limitBytes: 1 << 20))
        let bodies = BlockCache(limitBytes: 1 << 20)
        let warm = Self.load(fixture, heldSlowFileBytes: size, bodies: bodies)
        #expect(warm.articles.map(\.id) == ["market.txt", "river/boats.md", "tea.md", "long.md", "longer.md"])
        #expect(warm.articles.map(\.hasLoadedBody) == [false, false, false, true, false])
        #expect(warm.source.counts == .init(reused: 4))
        _ = warm.articles[4].blocks
        #expect(bodies.reads == 1)
    }

    /// The reader's load through the index, with files over 1,000 bytes slow (the fixture's are under).
    static func load(
        _ fixture: IndexFixture, heldSlowFileBytes: Int, bodies: BlockCache
    ) -> (articles: [Article], source: IndexedArticleSource) {
        let source = IndexedArticleSource(paths: [fixture.corpus]) { ArticleIndex.open(folder: fixture.cache, racyWindow: 0) }
        let loader = StreamingCorpusLoader(
            pathBytes: [Array(fixture.corpus.utf8)], slowFileBytes: 1000, heldSlowFileBytes: heldSlowFileBytes, source: source,
            bodyCache: bodies)
        var articles: [Article] = []
        loader.run { articles += $0.appended }
        return (articles, source)
    }
}

/// Parses every file, records each batch's size, and says it parsed (or not, as a warm index).
private final class BatchRecordingSource: ArticleSource, @unchecked Sendable {
    let parses: Bool
    private(set) var batches: [Int] = []

    init(parses: Bool) { self.parses = parses }

    func read(_ files: [ArticleFile], loader: CorpusLoader) -> [FileRead] {
        batches.append(files.count)
        return ParsingArticleSource().read(files, loader: loader).map { read in
            var read = read
            read.wasParsed = parses
            return read
        }
    }

    func finish(files: [ArticleFile]) -> [String] { [] }
}
