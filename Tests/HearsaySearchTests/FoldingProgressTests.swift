import HearsayModel
import Testing

@testable import HearsaySearch

/// Folding a corpus a slice at a time gives the same folded text as folding it at once.
struct FoldingProgressTests {
    let corpus = Corpus(articles: [InventedArticles.transcript, InventedArticles.news, InventedArticles.review])

    func bodies(_ folded: FoldedCorpus) -> [FoldedText] { folded.articles.map(\.body) }

    @Test func slicesFoldAtLeastOneArticleEachAndAddUpToTheWhole() {
        var progress = FoldingProgress(total: 3)
        #expect(!progress.isFinished)
        progress.advance(in: corpus, byteBudget: 1)  // a budget smaller than any article: one
        #expect(progress.folded.count == 1)
        progress.advance(in: corpus, byteBudget: .max)
        #expect(progress.isFinished)
        #expect(bodies(progress.finished(in: corpus)) == bodies(FoldedCorpus(corpus)))
        progress.advance(in: corpus, byteBudget: .max)  // nothing left: no change
        #expect(progress.folded.count == 3)
    }

    @Test func finishingEarlyFoldsTheRestAtOnce() {
        var progress = FoldingProgress(total: 3)
        progress.advance(in: corpus, byteBudget: 1)
        let finished = progress.finished(in: corpus)
        #expect(bodies(finished) == bodies(FoldedCorpus(corpus)))
        #expect(CorpusSearcher.allMatches(of: SearchQuery(parsing: "deepwater"), in: finished).map(\.article) == [0, 0, 0, 0, 0, 2])
    }

    @Test func theArticlesFoldedSoFarAreAPrefixOfTheCorpus() {
        var progress = FoldingProgress(total: 3)
        #expect(progress.corpus.articles.isEmpty)
        progress.advance(in: corpus, byteBudget: 1)
        #expect(bodies(progress.corpus) == [FoldedArticle(corpus.articles[0]).body])
    }

    @Test func anEmptyCorpusIsFinishedAtOnce() {
        let progress = FoldingProgress(total: 0)
        #expect(progress.isFinished)
        #expect(progress.finished(in: Corpus(articles: [])).articles.isEmpty)
    }
}
