import Foundation
import HearsayIndex
import HearsayModel
import HearsaySearch
import HearsayTesting
import Testing

@testable import HearsayUI

/// The reader's coverage search (`F`) and list filter (`/`) through the index's candidates: the
/// same results as folding every article, and only candidates folded.
@Suite struct IndexCandidateSourceTests {
    /// Invented articles: an interview, a market chat, a front-matter feature, a note with
    /// fullwidth Latin, a plain page; speakers' names only in turn labels (not in the text).
    static let files: [String: String] = [
        "tea.md": """
        # 茶山访谈：一片叶子的旅程

        > 采茶季的清晨，我们和两位茶农聊了聊。

        ## 详细对话

        林小雨: 今年的春茶来得早，三月初就开采了。
        Tom Baker: How early is that compared with last year?
        林小雨: 早了差不多十天。开源节流，是我们家的老规矩。
        Tom Baker: Open source, then.
        """,
        "market.txt": """
        # 夜市闲谈

        ## 详细对话

        陈阿姨: 夜市九点以后人最多，灯笼一直亮到半夜。
        tom baker: The noodles here are the best.
        陈阿姨: 开源的菜谱？没有这回事。
        """,
        "river/boats.md": """
        ---
        title: "River Boats 河上的船"
        date: 2025-04-02
        tags: [河流, 交通]
        ---

        渡船每天清晨六点出发，载着菜农过河。ＡＩ调度系统今年第一次上线。

        货船更慢，但运得更多。
        """,
        "notes/lighthouse.txt": """
        # 灯塔笔记

        守灯人说，Lighthouse keepers rarely talk about ai. 夜里的灯一直亮着。
        """,
        "plain.md": """
        # Weather 天气

        明天有雨，后天放晴。Nothing to see here.
        """,
    ]

    /// One, two, three and more characters; Chinese and Latin; case and width variants; a
    /// speaker's name (labels only: the list filter finds it in the metadata); a tag; nothing.
    static let phrases = [
        "灯", "雨", "a", "T", "开源", "ai", "ＡＩ", "Ai", "渡船", "开源节流", "tom baker", "TOM BAKER", "Ｔｏｍ Ｂａｋｅｒ",
        "lighthouse", "灯塔笔记", "open source", "陈阿姨", "交通", "河流", "不存在的词", "zzz", "the",
    ]

    /// The fixture's folder, its index filled for it, and the corpus as the reader loads it.
    struct Setup {
        let fixture: IndexFixture
        let source: IndexCandidateSource
        var corpus: Corpus

        init(files: [String: String] = IndexCandidateSourceTests.files) throws {
            fixture = try IndexFixture(files: files)
            source = IndexCandidateSource(index: try fixture.open(), paths: [fixture.corpus])
            let report = try source.fill()
            #expect(report.isReady)
            corpus = CorpusLoader().load(paths: [fixture.corpus])
        }

        func index(of name: String) -> Int {
            corpus.articles.firstIndex { $0.path == fixture.corpus + "/" + name }!
        }
    }

    static func app(_ corpus: Corpus, source: (any SearchCandidateSource)?) -> AppState {
        var app = AppState(corpus: corpus, size: ScreenSize(width: 80, height: 24))
        app.environment.candidateSource = source
        return app
    }

    /// `F`, `typed`, Enter, every match fetched: the matches, and how many articles were folded
    /// for them through the candidates (`nil`: no candidates, the whole corpus folded).
    static func coverage(_ typed: String, in app: AppState) -> (matches: [CorpusMatch], folded: Int?) {
        var app = app
        _ = app.showCoverageResults(for: typed)
        app.finishSearchWork()
        let results = app.search.results!
        #expect(results.isFinished)
        return (results.matches, results.candidates?.foldedCount)
    }

    /// `/` and `typed` (a character at a time when `incrementally`, as typed): the articles kept.
    static func filter(_ typed: String, in app: AppState, incrementally: Bool = false) -> (kept: [Int], folded: Int?) {
        var app = app
        if incrementally {
            for end in typed.indices.dropFirst() + [typed.endIndex] { app.filterListAsTyped(String(typed[..<end])) }
        } else {
            app.filterListAsTyped(typed)
        }
        app.finishSearchWork()
        let filter = app.search.listFilter!
        #expect(filter.isFinished)
        return (filter.kept, filter.candidates?.foldedCount)
    }

    @Test func coverageResultsAreThoseOfFoldingEveryArticle() throws {
        let setup = try Setup()
        let plain = Self.app(setup.corpus, source: nil)
        let indexed = Self.app(setup.corpus, source: setup.source)
        for phrase in Self.phrases {
            let expected = Self.coverage(phrase, in: plain)
            let found = Self.coverage(phrase, in: indexed)
            #expect(expected.folded == nil)
            #expect(found.folded != nil, "\(phrase): through the index")
            #expect(found.matches == expected.matches, "\(phrase)")
        }
        // A sanity check that the comparison has something to compare.
        #expect(Self.coverage("开源", in: plain).matches.map(\.article) == [setup.index(of: "market.txt"), setup.index(of: "tea.md")])
        #expect(Self.coverage("ＡＩ", in: plain).matches.count == 2)
    }

    @Test func listFilterKeepsWhatFoldingEveryArticleKeeps() throws {
        let setup = try Setup()
        let plain = Self.app(setup.corpus, source: nil)
        let indexed = Self.app(setup.corpus, source: setup.source)
        for phrase in Self.phrases {
            for incrementally in [false, true] {
                let expected = Self.filter(phrase, in: plain, incrementally: incrementally)
                let found = Self.filter(phrase, in: indexed, incrementally: incrementally)
                #expect(found.folded != nil, "\(phrase): through the index")
                #expect(found.kept == expected.kept, "\(phrase), incrementally: \(incrementally)")
            }
        }
        // Speakers and tags are not in the indexed text: the metadata makes them candidates.
        #expect(Self.filter("陈阿姨", in: indexed).kept == [setup.index(of: "market.txt")])
        #expect(Self.filter("交通", in: indexed).kept == [setup.index(of: "river/boats.md")])
    }

    /// Pages of one or two rows, and rows out of load order (a file first in load order indexed
    /// last): the first candidates wait until every row before them has been looked up.
    @Test func smallPagesAndRowsOutOfLoadOrderChangeNothing() throws {
        var setup = try Setup()
        try setup.fixture.write("aaa/first.md", "# 最先\n\n灯塔下的渡船，Tom Baker 开源。\n")
        for (rowsPerPage, scanSpan) in [(1, 1), (2, 2), (1, 3)] {
            let source = IndexCandidateSource(
                index: try setup.fixture.open(), paths: [setup.fixture.corpus], rowsPerPage: rowsPerPage, scanSpan: Int64(scanSpan))
            #expect(try source.fill().isReady)
            setup.corpus = CorpusLoader().load(paths: [setup.fixture.corpus])
            #expect(setup.index(of: "aaa/first.md") == 0)
            let plain = Self.app(setup.corpus, source: nil)
            let indexed = Self.app(setup.corpus, source: source)
            for phrase in Self.phrases + ["最先", "灯塔下的渡船"] {
                let found = Self.coverage(phrase, in: indexed)
                #expect(found.folded != nil)
                #expect(found.matches == Self.coverage(phrase, in: plain).matches, "\(phrase), pages of \(rowsPerPage)")
                #expect(Self.filter(phrase, in: indexed).kept == Self.filter(phrase, in: plain).kept, "\(phrase)")
            }
        }
    }

    /// One cache serves every folder opened: another folder's rows, after the reader's, are never
    /// asked for.
    @Test func anotherFoldersRowsAreNotPagedThrough() throws {
        let setup = try Setup()
        let other = setup.fixture.root + "/other"
        for number in 1...6 {
            try FileManager.default.createDirectory(atPath: other, withIntermediateDirectories: true)
            try Data("# 灯 \(number)\n\n灯塔笔记：灯下夜读，灯火通明。\n".utf8).write(to: URL(fileURLWithPath: other + "/\(number).md"))
        }
        #expect(try IndexCandidateSource(index: setup.fixture.open(), paths: [other]).fill().isReady)
        let source = IndexCandidateSource(index: try setup.fixture.open(), paths: [setup.fixture.corpus], rowsPerPage: 1, scanSpan: 1)
        #expect(try source.fill().isReady)
        // Pages of one row (one row of text scanned for "灯"): the reader's five rows, then none.
        for (phrase, pages) in [("灯", 5), ("灯塔笔记", 2)] {
            var app = Self.app(setup.corpus, source: source)
            _ = app.showCoverageResults(for: phrase)
            app.finishSearchWork()
            let results = app.search.results!
            #expect(results.matches == Self.coverage(phrase, in: Self.app(setup.corpus, source: nil)).matches)
            #expect(results.candidates?.candidates.pagesAsked == pages, "\(phrase)")
        }
    }

    @Test func onlyCandidatesAreFolded() throws {
        let setup = try Setup()
        let indexed = Self.app(setup.corpus, source: setup.source)
        // In one article of five: two characters (a scan of the stored text), and three or more (trigrams).
        #expect(Self.coverage("渡船", in: indexed).folded == 1)
        #expect(Self.coverage("lighthouse", in: indexed).folded == 1)
        #expect(Self.coverage("不存在的词", in: indexed).folded == 0)
        #expect(Self.coverage("开源", in: indexed).folded == 2)
        #expect(Self.filter("陈阿姨", in: indexed).folded == 1)  // by its metadata
        #expect(Self.filter("不存在的词", in: indexed).folded == 0)
        // Nothing was folded whole.
        var app = indexed
        _ = app.showCoverageResults(for: "渡船")
        app.finishSearchWork()
        #expect(app.search.folding == nil)
    }

    /// With a candidate source the pause after `/` folds every article's metadata (the filter's
    /// candidates include what it matches), not the text.
    @Test func theFilterPromptFoldsMetadataNotText() throws {
        let setup = try Setup()
        var app = Self.app(setup.corpus, source: setup.source)
        KeyScript.send("/", to: &app)
        #expect(app.hasSearchWork)
        app.finishSearchWork()
        #expect(app.search.metadata?.folded.count == setup.corpus.articles.count)
        #expect(app.search.folding == nil)
        var plain = Self.app(setup.corpus, source: nil)
        KeyScript.send("/", to: &plain)
        plain.finishSearchWork()
        #expect(plain.search.metadata == nil)
        #expect(plain.search.foldedArticleCount == setup.corpus.articles.count)
    }

    @Test func anArticleAddedAfterTheIndexWasFilledIsFound() throws {
        var setup = try Setup()
        try setup.fixture.write("late.md", "# 迟到的新闻\n\n灯塔旁边新开了一家茶馆。\n")
        setup.corpus = CorpusLoader().load(paths: [setup.fixture.corpus])
        let late = setup.index(of: "late.md")
        let indexed = Self.app(setup.corpus, source: setup.source)
        for phrase in ["灯塔", "茶馆", "新开了一家", "迟到"] {
            let expected = Self.coverage(phrase, in: Self.app(setup.corpus, source: nil))
            let found = Self.coverage(phrase, in: indexed)
            #expect(found.matches == expected.matches, "\(phrase)")
            #expect(found.matches.contains { $0.article == late }, "\(phrase)")
            #expect(Self.filter(phrase, in: indexed).kept.contains(late), "\(phrase)")
        }
    }

    @Test func anArticleChangedWhileReadingIsFoundInItsNewText() throws {
        let setup = try Setup()
        let tea = setup.index(of: "tea.md")
        try setup.fixture.write("tea.md", (Self.files["tea.md"] ?? "") + "\n林小雨: 新茶已经装箱了。\n")
        let changed = CorpusLoader().load(paths: [setup.fixture.corpus])
        var indexed = Self.app(setup.corpus, source: setup.source)
        var plain = Self.app(setup.corpus, source: nil)
        let change = CorpusChange(replaced: [
            tea: changed.articles[changed.articles.firstIndex { $0.path == setup.corpus.articles[tea].path }!]
        ])
        _ = indexed.adoptCorpusChange(change)
        _ = plain.adoptCorpusChange(change)
        let found = Self.coverage("新茶已经装箱", in: indexed)
        #expect(found.matches.map(\.article) == [tea])
        #expect(found.matches == Self.coverage("新茶已经装箱", in: plain).matches)
        #expect(Self.filter("装箱", in: indexed).kept == [tea])
    }

    /// The reader's source opens its cache folder when filled (after loading, on its thread); a
    /// folder that cannot be made leaves it unable to answer.
    @Test func theSourceOpensItsCacheFolderWhenFilled() throws {
        let fixture = try IndexFixture(files: Self.files)
        let source = IndexCandidateSource(cacheFolder: fixture.cache, paths: [fixture.corpus])
        #expect(!FileManager.default.fileExists(atPath: fixture.indexFile))
        let report = try source.fill()
        #expect(
            report
                == {
                    var expected = IndexCandidateSource.FillReport(files: 5);
                    (expected.refreshed, expected.folded, expected.isReady) = (5, 5, true); return expected
                }())
        #expect(source.isReady)
        // Again: the text is all there (files written within the racy window are hashed again, not re-folded).
        let again = try source.fill()
        #expect(again.folded == 0 && again.isReady)
        let nowhere = IndexCandidateSource(cacheFolder: "/proc/hearsay-cannot-be-made", paths: [fixture.corpus])
        #expect(try !nowhere.fill().isReady)
        #expect(!nowhere.isReady)
    }

    @Test func aSourceThatCannotSaySearchesAsBefore() throws {
        let fixture = try IndexFixture(files: Self.files)
        let unfilled = IndexCandidateSource(index: try fixture.open(), paths: [fixture.corpus])
        let corpus = CorpusLoader().load(paths: [fixture.corpus])
        #expect(!unfilled.isReady)
        #expect(unfilled.pager(for: SearchQuery(parsing: "开源"), in: corpus, generation: 0) == nil)
        let plain = Self.app(corpus, source: nil)
        let waiting = Self.app(corpus, source: unfilled)
        for phrase in ["开源", "ai", "lighthouse", "陈阿姨"] {
            let found = Self.coverage(phrase, in: waiting)
            #expect(found.folded == nil)
            #expect(found.matches == Self.coverage(phrase, in: plain).matches)
            let kept = Self.filter(phrase, in: waiting)
            #expect(kept.folded == nil)
            #expect(kept.kept == Self.filter(phrase, in: plain).kept)
        }
        // A speaker's turns (no phrase, or a phrase in one speaker's turns): the index cannot say.
        let setup = try Setup()
        let indexed = Self.app(setup.corpus, source: setup.source)
        for typed in ["speaker:陈阿姨", "speaker:\"Tom Baker\" open"] {
            let found = Self.coverage(typed, in: indexed)
            #expect(found.folded == nil)
            #expect(found.matches == Self.coverage(typed, in: Self.app(setup.corpus, source: nil)).matches)
            #expect(!found.matches.isEmpty)
        }
    }
}
