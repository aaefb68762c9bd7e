import HearsayModel
import Testing

struct CorpusLookupTests {
    private func article(_ id: String, _ title: String) -> Article {
        Article(id: id, format: .markdown, title: title)
    }

    @Test func articlesAreFoundByIDAndPosition() {
        let corpus = Corpus(articles: [article("a.md", "甲"), article("sub/b.md", "乙"), article("c.txt", "丙")])
        #expect(corpus.index(ofArticle: "sub/b.md") == 1)
        #expect(corpus.article(id: "c.txt")?.title == "丙")
        #expect(corpus.article(id: "b.md") == nil)
        #expect(corpus.index(ofArticle: "") == nil)
    }

    @Test func theFirstOfTwoArticlesWithOneIDWins() {
        let corpus = Corpus(articles: [article("a.md", "first"), article("a.md", "second")])
        #expect(corpus.index(ofArticle: "a.md") == 0)
        #expect(corpus.article(id: "a.md")?.title == "first")
    }
}
