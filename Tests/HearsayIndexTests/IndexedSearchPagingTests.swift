import Foundation
import HearsayIndex
import HearsayModel
import HearsaySearch
import Testing

/// Pages of an indexed search: the first page is the first matches of a full search, and the
/// pages after it hold the rest, in order, whatever the page sizes and however the index's rows
/// are numbered.
@Suite struct IndexedSearchPagingTests {
    /// Twelve invented interviews (`s01.md` … `s12.md`); every third one mentions the harbour twice.
    static let articles: [String: String] = Dictionary(
        uniqueKeysWithValues: (1...12).map { number in
            let name = String(format: "s%02d.md", number)
            let harbour = number % 3 == 0 ? "港口扩建的事，港口扩建要等明年。" : "今天只谈天气。"
            return (name, "# 第\(number)篇\n\n## 详细对话\n\n记者: 说说近况？\n老周: \(harbour)\n老周: 就这些。\n")
        })

    private func fresh(_ query: SearchQuery, paths: [String]) -> [String] {
        let corpus = CorpusLoader().load(paths: paths)
        return CorpusSearcher.allMatches(of: query, in: FoldedCorpus(corpus)).map {
            "\(corpus.articles[$0.article].id) \($0.match.block) \($0.match.range)"
        }
    }

    /// Every page's matches, one page after another, until no candidates are left.
    private func paged(_ search: IndexedSearch, matches count: Int, batch: Int) throws -> (pages: Int, matches: [String]) {
        var found: [String] = []
        var pages = 0
        var start: Int? = 0
        while let from = start {
            let page = try search.page(from: from, matches: count, batch: batch)
            found += page.matches.map { "\(page.corpus.articles[$0.article].id) \($0.match.block) \($0.match.range)" }
            pages += 1
            start = page.next
        }
        return (pages, found)
    }

    private func scope(_ fixture: IndexFixture, _ paths: [String]) throws -> IndexedSearch.Scope {
        let index = try fixture.open()
        let list = ArticleFileList(paths: paths)
        return try IndexedSearch.Scope(files: list, refreshed: try index.refresh(list.files, pruningUnder: list.folders), index: index)
    }

    @Test(
        "the first page is the first matches of a full search, and paging gets the rest in order",
        arguments: ["港口扩建", "港口", "天气", "没有的词"])
    func pagesAreTheFullResultsInOrder(phrase: String) throws {
        let fixture = try IndexFixture(files: IndexedSearchPagingTests.articles)
        let query = SearchQuery(parsing: phrase)
        let expected = fresh(query, paths: [fixture.corpus])
        let scope = try scope(fixture, [fixture.corpus])
        // Two rows per page of the index: the pages cross many of them.
        for rowsPerPage in [2, 64] {
            let search = IndexedSearch(query: query, scope: scope, rowsPerPage: rowsPerPage)
            let (corpus, first) = try search.firstMatches(3, batch: 1)
            #expect(first.map { "\(corpus.articles[$0.article].id) \($0.match.block) \($0.match.range)" } == Array(expected.prefix(3)))
            #expect(try paged(search, matches: 1, batch: 1).matches == expected)
            #expect(try paged(search, matches: 5, batch: 2).matches == expected)
        }
    }

    @Test("a first page parses only the articles up to the matches it shows")
    func firstPageParsesLittle() throws {
        let fixture = try IndexFixture(files: IndexedSearchPagingTests.articles)
        let query = SearchQuery(parsing: "港口扩建")
        let search = IndexedSearch(query: query, scope: try scope(fixture, [fixture.corpus]), rowsPerPage: 2)
        let page = try search.page(matches: 2, batch: 1)
        // s03 holds both: candidates are only the articles with every trigram, parsed one by one.
        #expect(page.corpus.articles.map(\.id) == ["s03.md"])
        #expect(page.matches.count == 2)
        #expect(page.next != nil)
        #expect(try search.candidateCount == 4)
        #expect(try paged(search, matches: 2, batch: 1).pages == 4)  // one article (two matches) per page
    }

    @Test("rows numbered out of load order (a file added before the others) page the same")
    func rowsOutOfLoadOrder() throws {
        let fixture = try IndexFixture(files: IndexedSearchPagingTests.articles)
        _ = try scope(fixture, [fixture.corpus])  // rows 1…12 for s01…s12
        try fixture.write("a00.md", "# 新来的\n\n## 详细对话\n\n老周: 港口扩建开始了。\n")
        let query = SearchQuery(parsing: "港口扩建")
        let expected = fresh(query, paths: [fixture.corpus])
        #expect(expected.first?.hasPrefix("a00.md") == true)
        let search = IndexedSearch(query: query, scope: try scope(fixture, [fixture.corpus]), rowsPerPage: 2)
        #expect(try paged(search, matches: 1, batch: 1).matches == expected)
    }

    @Test("one scope serves many queries, each as a search that builds its own")
    func oneScopeManyQueries() throws {
        let fixture = try IndexFixture(files: IndexedSearchPagingTests.articles)
        let scope = try scope(fixture, [fixture.corpus])
        for phrase in ["港口扩建", "天气", "就这些", "没有的词"] {
            let query = SearchQuery(parsing: phrase)
            let (corpus, folded) = try IndexedSearch(query: query, scope: scope).everything()
            let found = CorpusSearcher.allMatches(of: query, in: folded).map {
                "\(corpus.articles[$0.article].id) \($0.match.block) \($0.match.range)"
            }
            #expect(found == fresh(query, paths: [fixture.corpus]))
        }
    }
}
