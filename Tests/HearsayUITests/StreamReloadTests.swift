import HearsayModel
import HearsayTesting
import Testing

@testable import HearsayUI

/// The people views follow the corpus as it changes (`.corpusChanged`): the utterance index is
/// derived afresh and an open stream is gathered again from a changed article's new text.
@Suite struct StreamReloadTests {
    /// The report with Maria Keller's quotation taken out: only 王建国 is quoted.
    static var reportWithoutMaria: Article {
        let text = PeopleFixtures.reportText.replacingOccurrences(
            of: "德国工程师Maria Keller表示：“没有储能，潮汐电站只能在白天发挥作用。”她认为电网需要新的调度规则。\n\n", with: "")
        return ArticleParser().parse(text, id: "report.md").article!
    }

    static func mariasStream() -> AppState {
        var app = AppState(corpus: PeopleFixtures.corpus, size: ScreenSize(width: 80, height: 24))
        KeyScript.send("P <Enter>", to: &app)
        return app
    }

    @Test func aChangedArticleIsGatheredAgainInTheOpenStream() throws {
        var app = Self.mariasStream()
        let before = try #require(app.stream)
        #expect(before.name == "Maria Keller")
        #expect(before.items.count == 7)
        let report = app.corpus.articles.count - 1
        _ = app.update(.corpusChanged(CorpusChange(replaced: [report: Self.reportWithoutMaria])))
        let after = try #require(app.stream)
        #expect(app.focus == .stream)
        #expect(after.items.count == 6)
        #expect(after.items.allSatisfy { $0.article != report })
        let maria = try #require(app.utteranceIndex.entry(forID: before.person))
        #expect([maria.turnCount, maria.quoteCount, maria.articleIndices.count] == [6, 0, 2])
    }

    @Test func anArrivingArticleCountsInTheSpeakersView() throws {
        var app = AppState(corpus: PeopleFixtures.corpus, size: ScreenSize(width: 80, height: 24))
        let person = try #require(app.utteranceIndex.entries.first { $0.name == "王建国" })
        #expect(person.quoteCount == 1)
        let more = ArticleParser().parse("# 续报\n\n“评估还在进行。”王建国说。\n", id: "more.md").article!
        _ = app.update(.corpusChanged(CorpusChange(appended: [more])))
        let now = try #require(app.utteranceIndex.entry(forID: person.id))
        #expect(now.quoteCount == 2)
    }
}
