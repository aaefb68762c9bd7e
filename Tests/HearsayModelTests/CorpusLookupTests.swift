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

    @Test func appendedArticlesAreFoundByIDAtTheirPositions() {
        var corpus = Corpus(articles: [article("a.md", "甲")])
        corpus.append(contentsOf: [article("b.md", "乙"), article("c.md", "丙")])
        corpus.append(contentsOf: [])
        corpus.append(contentsOf: [article("d.md", "丁")])
        #expect(corpus.articles.map(\.title) == ["甲", "乙", "丙", "丁"])
        #expect(["a.md", "b.md", "c.md", "d.md", "e.md"].map(corpus.index(ofArticle:)) == [0, 1, 2, 3, nil])
    }

    @Test func anAppendedArticleWithAKnownIDLeavesTheFirstFound() {
        var corpus = Corpus(articles: [article("a.md", "first")])
        corpus.append(contentsOf: [article("b.md", "乙"), article("a.md", "second"), article("b.md", "third")])
        #expect(corpus.index(ofArticle: "a.md") == 0)
        #expect(corpus.index(ofArticle: "b.md") == 1)
        #expect(corpus.article(id: "a.md")?.title == "first")
    }

    @Test func aChangeAppliedInPlaceFindsWhatAFreshCorpusFinds() {
        var corpus = Corpus(articles: [article("a.md", "甲"), article("b.md", "乙")])
        let problem = Diagnostic(file: "x.md", line: 1, severity: .warning, message: "odd")
        corpus.apply(CorpusChange(appended: [article("c.md", "丙")], replaced: [0: article("a.md", "甲2")], diagnostics: [problem]))
        // A replacement under another id (never made by the loader) still leaves the lookup right.
        corpus.apply(CorpusChange(replaced: [1: article("renamed.md", "乙2")]))
        let fresh = Corpus(articles: corpus.articles)
        #expect(corpus.articles.map(\.title) == ["甲2", "乙2", "丙"])
        #expect(["a.md", "b.md", "renamed.md", "c.md"].map(corpus.index(ofArticle:)) == [0, nil, 1, 2])
        #expect(["a.md", "b.md", "renamed.md", "c.md"].map(fresh.index(ofArticle:)) == [0, nil, 1, 2])
        #expect(corpus.diagnostics == [problem])
    }
}
