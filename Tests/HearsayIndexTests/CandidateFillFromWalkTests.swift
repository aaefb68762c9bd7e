import Foundation
import HearsayIndex
import HearsayModel
import Testing

/// The reader's candidate source fills from the loader's walk (`fill(walked:)`) rather than
/// walking the folders again beside the reader; a file written after that walk is not in the
/// index's rows, and so stays a candidate.
@Suite struct CandidateFillFromWalkTests {
    @Test func theFillTakesTheLoadersWalkAndAFileWrittenSinceIsStillFound() throws {
        let fixture = try IndexFixture(files: IndexCandidateSourceTests.files)
        // Loading as the reader does, through the index; the walk's files kept.
        let loading = IndexedArticleSource(paths: [fixture.corpus]) { ArticleIndex.open(folder: fixture.cache, racyWindow: 0) }
        var loaded = StreamingCorpusLoader(pathBytes: [Array(fixture.corpus.utf8)], source: loading).run { _ in }
        let walked = loaded.takeWalkedFiles()
        #expect(walked.count == 5)
        try fixture.write("late.md", "# 迟到的新闻\n\n灯塔旁边新开了一家茶馆。\n")

        let source = IndexCandidateSource(index: try fixture.open(), paths: [fixture.corpus])
        let report = try source.fill(walked: walked)
        // Five files (a walk now would find six), none refreshed: the loader stored them with the walk's stamps.
        var expected = IndexCandidateSource.FillReport(files: 5)
        (expected.folded, expected.isReady) = (5, true)
        #expect(report == expected)

        let corpus = CorpusLoader().load(paths: [fixture.corpus])
        let late = try #require(corpus.articles.firstIndex { $0.path == fixture.corpus + "/late.md" })
        let indexed = IndexCandidateSourceTests.app(corpus, source: source)
        let plain = IndexCandidateSourceTests.app(corpus, source: nil)
        for phrase in ["灯塔", "茶馆", "开源", "渡船"] {
            let found = IndexCandidateSourceTests.coverage(phrase, in: indexed)
            #expect(found.folded != nil, "\(phrase): through the index")
            #expect(found.matches == IndexCandidateSourceTests.coverage(phrase, in: plain).matches, "\(phrase)")
        }
        #expect(IndexCandidateSourceTests.coverage("茶馆", in: indexed).matches.map(\.article) == [late])
    }
}
