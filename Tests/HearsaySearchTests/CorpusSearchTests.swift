import HearsayModel
import Testing
@testable import HearsaySearch

struct CorpusSearchTests {
    let corpus = FoldedCorpus(articles: [InventedArticles.transcript, InventedArticles.news, InventedArticles.review])

    @Test func batchesAddUpToEveryMatchInCorpusOrder() {
        let query = SearchQuery(parsing: "deepwater")
        let all = CorpusSearcher.allMatches(of: query, in: corpus)
        #expect(all.map(\.article) == [0, 0, 0, 2])
        var search = CorpusSearcher.search(query, in: corpus)
        let first = search.next(2)
        #expect(first == Array(all[0..<2]))
        #expect(!search.isFinished)
        #expect(search.articlesSearched == 1)
        let rest = search.rest()
        #expect(rest == Array(all[2...]))
        #expect(search.isFinished)
        #expect(search.next(5).isEmpty)
    }

    @Test func emptyCorpusAndEmptyArticle() {
        let empty = FoldedCorpus(articles: [])
        #expect(CorpusSearcher.allMatches(of: SearchQuery(parsing: "开源"), in: empty).isEmpty)
        #expect(CorpusSearcher.search(SearchQuery(parsing: "开源"), in: empty).isFinished)
        let blank = FoldedCorpus(articles: [Article(id: "blank.md", format: .markdown, title: "空白")])
        #expect(CorpusSearcher.allMatches(of: SearchQuery(parsing: "开源"), in: blank).isEmpty)
        #expect(ArticleFilter.matchingIndices(SearchQuery(parsing: "空白"), in: blank) == [0])
    }

    @Test func noMatchesFinishesEmpty() {
        var search = CorpusSearcher.search(SearchQuery(parsing: "闭源"), in: corpus)
        #expect(search.next(50).isEmpty)
        #expect(search.isFinished)
    }
}

struct ArticleFilterTests {
    let corpus = FoldedCorpus(articles: [InventedArticles.transcript, InventedArticles.news, InventedArticles.review])

    @Test func metadataOrTextKeepsAnArticle() {
        // Title of 0, text of 2.
        #expect(ArticleFilter.matchingIndices(SearchQuery(parsing: "ＤＥＥＰwater"), in: corpus) == [0, 2])
        // A tag.
        #expect(ArticleFilter.matchingIndices(SearchQuery(parsing: "open source"), in: corpus) == [0])
        #expect(ArticleFilter.matchingIndices(SearchQuery(parsing: "天气"), in: corpus) == [1])
        // The source address.
        #expect(ArticleFilter.matchingIndices(SearchQuery(parsing: "example.org"), in: corpus) == [0])
        // A speaker's name.
        #expect(ArticleFilter.matchingIndices(SearchQuery(parsing: "bob li"), in: corpus) == [0])
        // Text only.
        #expect(ArticleFilter.matchingIndices(SearchQuery(parsing: "转晴"), in: corpus) == [1])
        #expect(ArticleFilter.matchingIndices(SearchQuery(parsing: ""), in: corpus) == [0, 1, 2])
        #expect(ArticleFilter.matchingIndices(SearchQuery(parsing: "闭源"), in: corpus) == [])
    }

    @Test func speakerRestriction() {
        #expect(ArticleFilter.matchingIndices(SearchQuery(parsing: "speaker:Alice"), in: corpus) == [0])
        #expect(ArticleFilter.matchingIndices(SearchQuery(parsing: "speaker:Alice 成本"), in: corpus) == [])
        #expect(ArticleFilter.matchingIndices(SearchQuery(parsing: "speaker:Bob 成本"), in: corpus) == [0])
    }

    @Test func runsInSlicesAndNarrowsFromThePreviousRun() {
        var run = ArticleFilterRun(query: SearchQuery(parsing: "巴"), in: corpus)
        run.advance(byteBudget: 1)
        #expect(run.matching == [])
        #expect(run.remaining == 2)
        run.advance(byteBudget: .max)
        #expect(run.isFinished)
        #expect(run.matching == [1])
        var narrower = ArticleFilterRun(query: SearchQuery(parsing: "巴黎"), in: corpus, after: run)
        #expect(narrower.remaining == 1)
        narrower.advance(byteBudget: .max)
        #expect(narrower.matching == [1])
        let wider = ArticleFilterRun(query: SearchQuery(parsing: "黎"), in: corpus, after: narrower)
        #expect(wider.remaining == 3)
    }
}
