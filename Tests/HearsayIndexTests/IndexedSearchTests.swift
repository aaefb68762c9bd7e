import Foundation
import GRDB
import HearsayIndex
import HearsayModel
import HearsaySearch
import HearsayTesting
import Testing

/// A search through the index finds exactly what a search of every article finds, parsing only
/// the articles the full-text index names.
@Suite struct IndexedSearchTests {
    /// Every match as `article id, block, start..<end`, in order.
    private func found(_ query: SearchQuery, in corpus: Corpus, _ folded: FoldedCorpus) -> [String] {
        CorpusSearcher.allMatches(of: query, in: folded).map { match in
            "\(corpus.articles[match.article].id) \(match.match.block) \(match.match.range)"
        }
    }

    private func fresh(_ query: SearchQuery, _ fixture: IndexFixture) -> [String] {
        let corpus = CorpusLoader().load(paths: [fixture.corpus])
        return found(query, in: corpus, FoldedCorpus(corpus))
    }

    private func indexed(_ query: SearchQuery, _ fixture: IndexFixture) throws -> (matches: [String], search: IndexedSearch) {
        let search = try IndexedSearch(query: query, files: fixture.files, index: try fixture.open())
        let (corpus, folded) = try search.everything()
        return (found(query, in: corpus, folded), search)
    }

    @Test(
        "cold, every article is parsed, folded and stored, those with the phrase kept; warm, only those are parsed",
        arguments: [
            ("开源", ["market.txt", "tea.md"]),  // two characters: the stored text is scanned
            ("开源节流", ["tea.md"]),  // trigrams
            ("ai调度", ["river/boats.md"]),  // folded: the text has ＡＩ
            ("NOODLES", ["market.txt"]),  // case folded, in a turn's words
            ("tom baker", []),  // a speaker's label is not searched
            ("雨", ["tea.md"]),
            ("没有的词", []),
        ])
    func matchesAsAFullSearch(phrase: String, articles: [String]) throws {
        let fixture = try IndexFixture()
        let query = SearchQuery(parsing: phrase)
        let expected = fresh(query, fixture)

        let cold = try indexed(query, fixture)
        #expect(cold.matches == expected)
        #expect(cold.search.counts == .init(parsed: 3))
        // All three were parsed and folded for the full-text index; those with the phrase are kept.
        #expect(try cold.search.candidateCount == articles.count)
        #expect(try cold.search.candidatesToParse == 0)

        let warm = try indexed(query, fixture)
        #expect(warm.matches == expected)
        #expect(warm.search.counts == .init(reused: 3))
        #expect(try warm.search.everything().0.articles.map(\.id) == articles)
        #expect(try warm.search.candidatesToParse == articles.count)
    }

    @Test("a speaker restriction is applied to the articles the phrase finds")
    func speakerRestriction() throws {
        let fixture = try IndexFixture()
        let query = SearchQuery(parsing: "speaker:林小雨 开源")
        _ = try indexed(query, fixture)
        let warm = try indexed(query, fixture)
        #expect(warm.matches == fresh(query, fixture))
        #expect(warm.matches.count == 1)
    }

    @Test("a changed file's folded text is replaced: the old words are not found, the new ones are")
    func changedFileIsIndexedAgain() throws {
        let fixture = try IndexFixture()
        _ = try indexed(SearchQuery(parsing: "开源"), fixture)
        try fixture.write("market.txt", "# 夜市闲谈\n\n## 详细对话\n\n陈阿姨: 今晚下雨，摊位收得早。\n")

        let old = try indexed(SearchQuery(parsing: "开源的菜谱"), fixture)
        #expect(old.matches.isEmpty)
        #expect(old.search.counts == .init(reused: 2, parsed: 1))
        let new = try indexed(SearchQuery(parsing: "摊位收得早"), fixture)
        #expect(new.matches == fresh(SearchQuery(parsing: "摊位收得早"), fixture))
        #expect(try new.search.everything().0.articles.map(\.id) == ["market.txt"])
        #expect(try new.search.candidatesToParse == 1)
    }

    @Test("a read-only cache still finds everything: articles without stored text are searched directly")
    func readOnlyCache() throws {
        let fixture = try IndexFixture()
        _ = try fixture.listing(try fixture.open())  // records stored, no folded text yet
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: fixture.cache)
        let query = SearchQuery(parsing: "开源节流")
        try withPermissionsOfNobody {
            let search = try IndexedSearch(query: query, files: fixture.files, index: try fixture.open())
            let (corpus, folded) = try search.everything()
            #expect(found(query, in: corpus, folded) == fresh(query, fixture))
            #expect(corpus.articles.map(\.id) == ["tea.md"])
        }
    }

    @Test("the first matches parse candidates only until they are found, and are the first of all the matches")
    func firstMatches() throws {
        let fixture = try IndexFixture()
        let query = SearchQuery(parsing: "开源")
        _ = try indexed(query, fixture)
        let search = try IndexedSearch(query: query, files: fixture.files, index: try fixture.open())
        let (corpus, first) = try search.firstMatches(1, batch: 1)
        #expect(corpus.articles.map(\.id) == ["market.txt"])
        #expect(first.map { "\(corpus.articles[$0.article].id) \($0.match.block) \($0.match.range)" } == [fresh(query, fixture)[0]])
        let (everyArticle, all) = try search.firstMatches(10, batch: 1)
        #expect(all.map { "\(everyArticle.articles[$0.article].id) \($0.match.block) \($0.match.range)" } == fresh(query, fixture))
    }

    @Test("a search on files refreshed once finds what a search that refreshes finds, without stat'ing them again")
    func searchAfterARefresh() throws {
        let fixture = try IndexFixture()
        let query = SearchQuery(parsing: "开源")
        let index = try fixture.open()
        let list = fixture.files
        let refreshed = try index.refresh(list.files, pruningUnder: list.folders)
        for _ in 0..<2 {
            let search = try IndexedSearch(query: query, files: list, refreshed: refreshed, index: index)
            let (corpus, folded) = try search.everything()
            #expect(found(query, in: corpus, folded) == fresh(query, fixture))
        }
    }

    @Test("duplicate ids are renamed as the loader renames them")
    func duplicateIDs() throws {
        let fixture = try IndexFixture()
        let other = fixture.root + "/other"
        try FileManager.default.createDirectory(atPath: other, withIntermediateDirectories: true)
        try Data(IndexFixture.articles["tea.md"]!.utf8).write(to: URL(fileURLWithPath: other + "/tea.md"))
        let paths = [fixture.corpus, other]
        let query = SearchQuery(parsing: "春茶")
        let corpus = CorpusLoader().load(paths: paths)
        let expected = found(query, in: corpus, FoldedCorpus(corpus))
        for _ in 0..<2 {
            let search = try IndexedSearch(query: query, files: ArticleFileList(paths: paths), index: try fixture.open())
            let (corpus, folded) = try search.everything()
            #expect(found(query, in: corpus, folded) == expected)
        }
        #expect(expected == ["tea.md 2 20..<26", "\(other)/tea.md 2 20..<26"])
    }
}
