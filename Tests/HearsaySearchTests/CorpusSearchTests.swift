import HearsayModel
import Testing

@testable import HearsaySearch

struct CorpusSearchTests {
    let corpus = FoldedCorpus(articles: [InventedArticles.transcript, InventedArticles.news, InventedArticles.review])

    @Test func batchesAddUpToEveryMatchInCorpusOrder() {
        let query = SearchQuery(parsing: "deepwater")
        let all = CorpusSearcher.allMatches(of: query, in: corpus)
        // Article 0: the title, the source line, two in the paragraph, one in a turn.
        #expect(all.map(\.article) == [0, 0, 0, 0, 0, 2])
        var search = CorpusSearcher.search(query, in: corpus)
        let first = search.next(2, in: corpus)
        #expect(first == Array(all[0..<2]))
        #expect(!search.isFinished)
        #expect(search.articlesSearched == 1)
        let rest = search.rest(in: corpus)
        #expect(rest == Array(all[2...]))
        #expect(search.isFinished)
        #expect(search.next(5, in: corpus).isEmpty)
    }

    @Test func searchesOnlyTheArticlesFoldedSoFarAndGoesOnAsMoreAre() {
        let query = SearchQuery(parsing: "deepwater")
        let all = CorpusSearcher.allMatches(of: query, in: corpus)
        let firstOnly = FoldedCorpus(folded: [corpus.articles[0]])
        var search = CorpusSearch(query: query, articleCount: 3)
        #expect(search.next(50, in: FoldedCorpus(folded: [])).isEmpty)  // nothing folded: waits
        #expect(!search.isFinished)
        #expect(search.next(50, in: firstOnly) == Array(all[0..<5]))
        #expect(!search.isFinished)
        #expect(search.articlesSearched == 1)
        #expect(search.rest(in: firstOnly).isEmpty)
        #expect(!search.isFinished)
        #expect(search.next(50, in: corpus) == [all[5]])
        #expect(search.isFinished)
    }

    @Test func aByteBudgetStopsAfterTheArticleThatSpendsIt() {
        let query = SearchQuery(parsing: "deepwater")
        let all = CorpusSearcher.allMatches(of: query, in: corpus)
        var search = CorpusSearcher.search(query, in: corpus)
        // At least one article per call, however small the budget.
        #expect(search.next(50, in: corpus, byteBudget: 1) == Array(all[0..<5]))
        #expect(search.articlesSearched == 1)
        #expect(search.next(50, in: corpus, byteBudget: 1).isEmpty)  // article 1 has none
        #expect(search.articlesSearched == 2)
        #expect(search.next(50, in: corpus, byteBudget: 1) == [all[5]])
        #expect(search.isFinished)
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
        #expect(search.next(50, in: corpus).isEmpty)
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
        var run = ArticleFilterRun(query: SearchQuery(parsing: "巴"), articleCount: 3)
        run.advance(in: corpus, byteBudget: 1)
        #expect(run.matching == [])
        #expect(run.remaining == 2)
        #expect(run.articlesDone == 1)
        run.advance(in: corpus, byteBudget: .max)
        #expect(run.isFinished)
        #expect(run.articlesDone == 3)
        #expect(run.matching == [1])
        var narrower = ArticleFilterRun(query: SearchQuery(parsing: "巴黎"), after: run)
        #expect(narrower.remaining == 1)
        narrower.advance(in: corpus, byteBudget: .max)
        #expect(narrower.matching == [1])
        let wider = ArticleFilterRun(query: SearchQuery(parsing: "黎"), after: narrower)
        #expect(wider.remaining == 3)
    }

    @Test func checksOnlyTheArticlesFoldedSoFarAndWaitsForTheRest() {
        let query = SearchQuery(parsing: "deepwater")
        var run = ArticleFilterRun(query: query, articleCount: 3)
        let firstTwo = FoldedCorpus(folded: Array(corpus.articles[0..<2]))
        run.advance(in: FoldedCorpus(folded: []), byteBudget: .max)
        #expect(run.remaining == 3)
        #expect(run.isWaiting(for: FoldedCorpus(folded: [])))
        run.advance(in: firstTwo, byteBudget: .max)
        #expect(run.matching == [0])
        #expect(run.remaining == 1)
        #expect(run.articlesDone == 2)
        #expect(run.isWaiting(for: firstTwo))
        #expect(!run.isFinished)
        // A narrower query typed meanwhile starts from what was kept and what was not checked.
        var narrower = ArticleFilterRun(query: SearchQuery(parsing: "deepwater 的"), after: run)
        #expect(narrower.remaining == 2)
        narrower.advance(in: corpus, byteBudget: .max)
        #expect(narrower.matching == [0])
        run.advance(in: corpus, byteBudget: .max)
        #expect(run.isFinished)
        #expect(run.matching == ArticleFilter.matchingIndices(query, in: corpus))
        #expect(run.matching == [0, 2])
    }
}
