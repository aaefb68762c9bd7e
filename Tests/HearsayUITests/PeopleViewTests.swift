import HearsayModel
import HearsayTesting
import Testing

@testable import HearsayUI

/// The speakers view (`P`) and a person's stream over the fixtures and a prose report.
@Suite struct PeopleViewTests {
    static func start(_ script: String = "") -> AppState {
        var app = AppState(corpus: PeopleFixtures.corpus, size: ScreenSize(width: 80, height: 24))
        KeyScript.send(script, to: &app)
        return app
    }

    static func speakersView(_ app: AppState) -> SpeakersViewState? {
        guard case .speakers(let view)? = app.overlay else { return nil }
        return view
    }

    static func shownNames(_ app: AppState) -> [String] {
        (speakersView(app)?.shown ?? []).map { app.utteranceIndex.entries[$0].name }
    }

    @Test func theReportsQuotesAreAttributed() {
        let report = PeopleFixtures.report
        #expect(report.quotes.map(\.speaker) == ["Maria Keller", "王建国"])
    }

    @Test func everyPersonMostUtterancesFirst() {
        let app = Self.start("P")
        #expect(Self.shownNames(app) == ["Maria Keller", "主持人林晓", "王建国", "陈静", "Guest"])
        let maria = app.utteranceIndex.entries[0]
        #expect([maria.turnCount, maria.quoteCount, maria.articleIndices.count] == [6, 1, 3])
    }

    @Test func theFilterNarrowsAsTypedFoldedAndEnterKeepsIt() {
        var app = Self.start("P /")
        KeyScript.send("m", to: &app)
        #expect(Self.shownNames(app) == ["Maria Keller"])
        // Folded as the list filter folds: a fullwidth capital finds the ASCII name.
        KeyScript.send("<C-u> Ｍ A R", to: &app)
        #expect(Self.shownNames(app) == ["Maria Keller"])
        KeyScript.send("<C-u> 王", to: &app)
        #expect(Self.shownNames(app) == ["王建国"])
        KeyScript.send("<Enter>", to: &app)
        #expect(Self.speakersView(app)?.editor == nil && Self.speakersView(app)?.filter == "王")
        // Keys are keys again: Enter opens the one shown.
        KeyScript.send("<Enter>", to: &app)
        #expect(app.focus == .stream && app.stream?.name == "王建国")
    }

    @Test func escWhileTypingClearsTheFilter() {
        var app = Self.start("P / 陈")
        #expect(Self.shownNames(app) == ["陈静"])
        KeyScript.send("<Esc>", to: &app)
        #expect(Self.speakersView(app)?.filter == "" && Self.shownNames(app).count == 5)
        KeyScript.send("/ z z z <Enter>", to: &app)
        #expect(Self.shownNames(app).isEmpty && app.message == "no one matches “zzz”")
        #expect(KeyScript.send("<Enter>", to: &app) == [] && app.focus == .list)
    }

    @Test func theStreamIsOldestArticleFirstWithTurnsAndQuotes() throws {
        let app = Self.start("P <Enter>")
        let stream = try #require(app.stream)
        let titles = stream.groups.map { app.corpus.articles[$0.article].id }
        #expect(titles == ["panel.md", "report.md", "interview.md"])
        #expect(stream.items.map(\.utterance) == [.turn(1), .quote(0), .turn(1), .turn(4), .turn(5), .turn(8), .turn(11)])
    }

    /// P, Enter (the stream), Enter (the utterance in its article), then q and q land exactly back.
    @Test func pEnterEnterQQLandsBackExactly() throws {
        var app = Self.start("<Enter> d j j")
        let dialogueBefore: [Int?] = [app.dialogue.article, app.dialogue.cursor, app.dialogue.topLine]
        KeyScript.send("P j <Enter>", to: &app)
        #expect(app.focus == .stream && app.stream?.name == "主持人林晓")
        KeyScript.send("j", to: &app)
        let streamBefore: [Int?] = [app.stream?.cursor, app.stream?.topLine]
        KeyScript.send("<Enter>", to: &app)
        #expect(app.focus == .dialogue && app.dialogue.cursor == 2 && app.dialogue.shownSpeakers == nil)
        KeyScript.send("q", to: &app)
        #expect(app.focus == .stream && [app.stream?.cursor, app.stream?.topLine] == streamBefore)
        KeyScript.send("q", to: &app)
        #expect(Self.speakersView(app)?.selection == 1 && app.focus == .dialogue)
        KeyScript.send("q", to: &app)
        #expect(app.overlay == nil && dialogueBefore == [app.dialogue.article, app.dialogue.cursor, app.dialogue.topLine])
    }

    @Test func enterOnAQuoteOpensTheReaderAtIt() throws {
        var app = Self.start("P <Enter> j")
        KeyScript.send("<Enter>", to: &app)
        #expect(app.focus == .reader && app.corpus.articles[app.reader.article!].id == "report.md")
        KeyScript.send("q", to: &app)
        #expect(app.focus == .stream && app.stream?.cursor == 1)
    }

    @Test func bracketsMoveByArticle() {
        var app = Self.start("P <Enter> ]")
        #expect(app.stream?.cursor == 1)
        KeyScript.send("] ]", to: &app)
        #expect(app.stream?.cursor == 2 && app.message == "last article")
        KeyScript.send("j [", to: &app)
        #expect(app.stream?.cursor == 2)
        KeyScript.send("[", to: &app)
        #expect(app.stream?.cursor == 1)
    }
}

/// The speakers view and a stream, whole screens at 80×24 (`Golden/people-*.txt`).
@Suite struct PeopleGoldenScreenTests {
    func check(_ name: String, _ script: String) {
        var app = AppState(corpus: PeopleFixtures.corpus, size: ScreenSize(width: 80, height: 24))
        KeyScript.send(script, to: &app)
        let mismatch = GoldenScreen.mismatch(ScreenRenderer().render(app), named: "people-\(name)-80x24", styles: true)
        #expect(mismatch == nil, "\(mismatch ?? "")")
    }

    @Test func speakersView() { check("speakers", "P j") }
    @Test func speakersViewFiltered() { check("speakers-filtered", "P / a") }
    @Test func stream() { check("stream", "P <Enter> j") }

    @Test func aQuotedNameInCJKIsDrawnOnce() {
        var app = AppState(corpus: PeopleFixtures.corpus, size: ScreenSize(width: 80, height: 24))
        KeyScript.send("P / 王 <Enter> <Enter>", to: &app)
        let screen = ScreenRenderer().render(app)
        #expect(screen.rowText(2) == " > 王建国: (quoted) 生态评估不能省略。")
    }
}

/// The stream is an article pane: the reading cursor, highlights and search work there, on the
/// article under its cursor.
@Suite struct StreamPaneTests {
    @Test func sentenceMovesAndMarkHighlightTheTurnUnderTheCursor() throws {
        var app = PeopleViewTests.start("P <Enter> ] ]")
        #expect(app.stream?.cursor == 2)
        KeyScript.send(") m", to: &app)
        let highlight = try #require(app.highlights.all.first)
        #expect(highlight.anchor.exact == "Cheaper than ten years ago, by about forty percent.")
        #expect(app.corpus.article(id: "interview.md") != nil && highlight.articleID == "interview.md")
    }

    @Test func searchFindsInTheArticleUnderTheCursorAndMovesTheCursor() {
        var app = PeopleViewTests.start("P <Enter> ] ]")
        KeyScript.send("/ " + SearchTyping.typed("decade") + " <Enter>", to: &app)
        #expect(app.focus == .stream && app.stream?.cursor == 5)
    }
}

/// The reading cursor belongs to one article: moving the stream to another article leaves it
/// there, off screen, and a place in another article is never under the stream's cursor.
@Suite struct StreamArticleBoundaryTests {
    @Test func aPlaceInAnotherArticleIsNotShown() throws {
        var app = PeopleViewTests.start("P <Enter> ] ] )")
        let cursor = try #require(app.activeCursor)
        #expect(app.corpus.articles[cursor.article].id == "interview.md" && app.isOnScreen(cursor))
        KeyScript.send("[", to: &app)
        #expect(!app.isOnScreen(cursor))
        let stream = try #require(app.stream)
        let interview = try #require(app.corpus.article(id: "interview.md"))
        #expect(!stream.shows(cursor.head.start, in: interview, height: 22))
        _ = ScreenRenderer().render(app)
    }
}
