import HearsayModel
import HearsayTesting
import Testing

@testable import HearsayUI

/// The dialogue view of a prose article: its attributed quotes as utterances. The summit's
/// quotes by speaker: 0 0 1 0 2 1 (1 李文博, 2 Anna de Vries, 3 陈晓雨 on the number keys).
@Suite struct ProseDialogueTests {
    static let corpus = ProseDialogueFixtures.corpus
    static let summitIndex = corpus.articles.firstIndex { $0.id == "summit.md" }!

    /// The summit's dialogue view, cursor on its first quote, after `script`.
    static func summitDialogue(_ script: String = "", width: Int = 80, height: Int = 24) -> AppState {
        var app = AppState(corpus: corpus, size: ScreenSize(width: width, height: height))
        app.list.select(article: summitIndex)
        KeyScript.send("<Enter> d", to: &app)
        KeyScript.send(script, to: &app)
        return app
    }

    static func status(_ app: AppState) -> String { StatusBarView.location(for: app) }

    @Test func dOpensTheQuotesOfAProseArticle() {
        let app = Self.summitDialogue()
        #expect(app.focus == .dialogue && app.dialogue.article == Self.summitIndex && app.dialogue.cursor == 0)
        let navigation = app.dialogueNavigation!
        #expect(navigation.utterances == [.quote(0), .quote(1), .quote(2), .quote(3), .quote(4), .quote(5)])
        #expect(navigation.speakerNames == ["李文博", "Anna de Vries", "陈晓雨"])
        #expect(app.dialogue.cursorTurn == nil)
        #expect(Self.status(app).hasSuffix(" · quote 1/6 · all 3 speakers"))
    }

    @Test func aProseArticleQuotingOnePersonSaysOneSpeaker() {
        var app = AppState(corpus: Self.corpus, size: ScreenSize(width: 80, height: 24))
        app.list.select(article: Self.corpus.articles.firstIndex { $0.id == "brief.md" }!)
        KeyScript.send("<Enter> d", to: &app)
        #expect(Self.status(app).hasSuffix(" · quote 1/1 · 1 speaker"))
    }

    /// Newest first, the brief (04-02) comes just before the summit (03-10) in the list.
    @Test func theNextArticleStaysInTheDialogueViewWhenItIsProseWithQuotes() {
        var app = AppState(corpus: Self.corpus, size: ScreenSize(width: 80, height: 24))
        app.list.select(article: Self.corpus.articles.firstIndex { $0.id == "brief.md" }!)
        KeyScript.send("<Enter> d <C-n>", to: &app)
        #expect(app.focus == .dialogue && app.dialogue.article == Self.summitIndex)
        #expect(Self.status(app).hasSuffix(" · quote 1/6 · all 3 speakers"))
    }

    /// At 80×10 the reader shows 8 lines; a page down puts a later paragraph on top, and `d`
    /// opens on the first quote from there.
    @Test func dOpensAtTheFirstQuoteFromTheReadersTop() {
        var app = AppState(corpus: Self.corpus, size: ScreenSize(width: 80, height: 10))
        app.list.select(article: Self.summitIndex)
        KeyScript.send("<Enter> <Space>", to: &app)
        let top = app.reader.viewStart(in: ProseDialogueFixtures.summit)
        let expected = ProseDialogueFixtures.summit.quotes.firstIndex { $0.range.lowerBound >= top }
        KeyScript.send("d", to: &app)
        // The first quote's paragraph has scrolled off: the second quote is the first from the top.
        #expect(top.block > 0 && expected == 1)
        #expect(app.focus == .dialogue && app.dialogue.cursor == 1)
    }

    @Test func nextPreviousFirstLast() {
        var app = Self.summitDialogue("j j")
        #expect(app.dialogue.cursor == 2 && Self.status(app).hasSuffix(" · quote 3/6 · all 3 speakers"))
        KeyScript.send("k", to: &app); #expect(app.dialogue.cursor == 1)
        KeyScript.send("G", to: &app); #expect(app.dialogue.cursor == 5)
        KeyScript.send("j", to: &app); #expect(app.dialogue.cursor == 5 && app.message == "last quote")
        KeyScript.send("g k", to: &app); #expect(app.dialogue.cursor == 0 && app.message == "first quote")
    }

    @Test func sameSpeakerJumps() {
        var app = Self.summitDialogue("J")
        #expect(app.dialogue.cursor == 1)
        KeyScript.send("J", to: &app); #expect(app.dialogue.cursor == 3)
        KeyScript.send("J", to: &app); #expect(app.dialogue.cursor == 3 && app.message == "no later quote by 李文博")
        KeyScript.send("j j", to: &app); #expect(app.dialogue.cursor == 5)
        KeyScript.send("K", to: &app); #expect(app.dialogue.cursor == 2)
        KeyScript.send("K", to: &app); #expect(app.dialogue.cursor == 2 && app.message == "no earlier quote by Anna de Vries")
    }

    @Test func numberKeysReachTheQuotedPeople() {
        var app = Self.summitDialogue("2")
        #expect(app.dialogue.cursor == 2 && app.message == nil)
        KeyScript.send("2", to: &app); #expect(app.dialogue.cursor == 5 && app.message == nil)
        KeyScript.send("2", to: &app)
        #expect(app.dialogue.cursor == 2 && app.message == "wrapped to the first quote by Anna de Vries")
        KeyScript.send("3", to: &app); #expect(app.dialogue.cursor == 4)
        KeyScript.send("3", to: &app); #expect(app.dialogue.cursor == 4 && app.message == "no other quote by 陈晓雨")
        KeyScript.send("4", to: &app); #expect(app.dialogue.cursor == 4 && app.message == "this article has 3 speakers")
    }

    @Test func changesOfSpeaker() {
        var app = Self.summitDialogue(">")
        #expect(app.dialogue.cursor == 2)
        KeyScript.send(">", to: &app); #expect(app.dialogue.cursor == 3)
        KeyScript.send("> >", to: &app); #expect(app.dialogue.cursor == 5)
        KeyScript.send(">", to: &app); #expect(app.dialogue.cursor == 5 && app.message == "no later change of speaker")
        KeyScript.send("<", to: &app); #expect(app.dialogue.cursor == 4)
        KeyScript.send("< <", to: &app); #expect(app.dialogue.cursor == 2)
        KeyScript.send("<", to: &app); #expect(app.dialogue.cursor == 0)
    }

    /// `s`, then `2` unchecks Anna de Vries: the view shows 李文博 and 陈晓雨 only, numbered 1 and 2.
    @Test func theSpeakerFilterHidesAQuotedPerson() {
        var app = Self.summitDialogue("j j s")
        guard case .speakerFilter(let filter)? = app.overlay else {
            Issue.record("no speaker filter")
            return
        }
        #expect(filter.cursor == 1 && filter.checked == [0, 1, 2])
        KeyScript.send("2 <Enter>", to: &app)
        #expect(app.overlay == nil && app.dialogue.shownSpeakers == [0, 2])
        #expect(app.dialogue.cursor == 3 && Self.status(app).hasSuffix(" · quote 3/4 · only 李文博, 陈晓雨"))
        KeyScript.send("j", to: &app); #expect(app.dialogue.cursor == 4)
        KeyScript.send("j", to: &app); #expect(app.dialogue.cursor == 4 && app.message == "last quote")
        KeyScript.send("2", to: &app); #expect(app.dialogue.cursor == 4 && app.message == "no other quote by 陈晓雨")
        KeyScript.send("<", to: &app); #expect(app.dialogue.cursor == 0)
        #expect((0..<6).filter { app.dialogue.lines(ofTurn: $0) != nil } == [0, 1, 3, 4])
    }

    /// 鹿特丹 is in Anna de Vries's sentence after her first quote (not shown) and in her last
    /// quote; 住房 in quotes 3 and 4 (and not in the prose around them).
    @Test func searchFindsOnlyInTheShownQuotes() {
        var app = Self.summitDialogue("/ 鹿 特 丹 <Enter>")
        #expect(app.dialogue.cursor == 5)
        app = Self.summitDialogue("/ 住 房 <Enter>")
        #expect(app.dialogue.cursor == 3)
        KeyScript.send("n", to: &app); #expect(app.dialogue.cursor == 4)
        KeyScript.send("n", to: &app); #expect(app.dialogue.cursor == 4)
        KeyScript.send("n", to: &app); #expect(app.dialogue.cursor == 3)
    }

    @Test func enterReadsTheQuoteInTheArticleAndBackReturns() {
        var app = Self.summitDialogue("j j <Enter>")
        let quote = ProseDialogueFixtures.summit.quotes[2]
        #expect(app.focus == .reader && app.reader.article == Self.summitIndex)
        let height = app.screenLayout.readerHeight
        #expect(app.reader.shows(quote.range.lowerBound, in: ProseDialogueFixtures.summit, height: height))
        KeyScript.send("q", to: &app)
        #expect(app.focus == .dialogue && app.dialogue.cursor == 2)
    }

    @Test func bracketGoesToTheNextArticleQuotingThePerson() {
        var app = Self.summitDialogue()
        let briefIndex = Self.corpus.articles.firstIndex { $0.id == "brief.md" }!
        let forward = app.list.order.firstIndex(of: briefIndex)! > app.list.order.firstIndex(of: Self.summitIndex)!
        KeyScript.send(forward ? "]" : "[", to: &app)
        #expect(app.dialogue.article == briefIndex && app.dialogue.cursor == 0)
        #expect(app.message == "李文博 in “宁波防洪堤开工”")
    }

    @Test func theReaderOffersDOnlyWhereThereIsADialogue() {
        var app = Self.summitDialogue("q")
        #expect(app.focus == .reader && StatusBarView.hints(for: app).contains("d dialogue"))
        let noteIndex = Self.corpus.articles.firstIndex { $0.quotes.isEmpty && $0.turns.isEmpty }!
        KeyScript.send("q", to: &app)
        app.list.select(article: noteIndex)
        KeyScript.send("<Enter>", to: &app)
        #expect(app.reader.article == noteIndex && !StatusBarView.hints(for: app).contains("d dialogue"))
        KeyScript.send("d", to: &app)
        #expect(app.focus == .reader && app.message == "this article has no dialogue")
    }
}

/// The summit's dialogue view, whole screen at 80×24 (`Golden/prose-dialogue-80x24.txt`).
@Suite struct ProseDialogueGoldenTests {
    @Test func summitDialogue() {
        let app = ProseDialogueTests.summitDialogue("j")
        let mismatch = GoldenScreen.mismatch(ScreenRenderer().render(app), named: "prose-dialogue-80x24", styles: true)
        #expect(mismatch == nil, "\(mismatch ?? "")")
    }
}

/// Paging and the other keys on a prose article's quotes, at a size where they scroll.
@Suite struct ProseDialogueKeysTests {
    @Test func pagingScrollsTheQuotesAndTheReadingCursorStartsInTheQuote() {
        var app = ProseDialogueTests.summitDialogue(width: 40, height: 10)
        KeyScript.send("<Space>", to: &app)
        let paged = app.dialogue.cursor ?? -1
        #expect(paged > 0)
        let lines = app.dialogue.lines(ofTurn: paged)!
        #expect(lines.lowerBound >= app.dialogue.topLine && lines.upperBound <= app.dialogue.topLine + app.screenLayout.readerHeight)
        // The reading cursor starts on the words of the quote under the turn cursor.
        KeyScript.send(")", to: &app)
        #expect(app.activeCursor?.head.start == ProseDialogueFixtures.summit.quotes[paged].range.lowerBound)
        KeyScript.send("<Esc> c", to: &app)
        #expect(app.message == "context hidden (it shows in a filtered view)" && app.dialogue.cursor == paged)
        KeyScript.send("b", to: &app)
        #expect(app.dialogue.cursor! < paged)
        KeyScript.send("G", to: &app)
        #expect(app.dialogue.cursor == 5 && app.dialogue.topLine + app.screenLayout.readerHeight == app.dialogue.layout!.lineCount)
        KeyScript.send("g", to: &app)
        #expect(app.focus == .dialogue && app.dialogue.cursor == 0 && app.dialogue.topLine == 0)
    }
}
