import HearsayModel
import HearsayTesting
import Testing

@testable import HearsayUI

/// `]`/`[` from a prose article's dialogue view go through every article where the person speaks
/// or is quoted: prose quoting them, an article with turns where they are only quoted (its quotes
/// listed in place of its turns), and an interview where they speak.
@Suite struct SpeakerArticleJumpTests {
    /// A report quoting 李文博, then a Q&A in which he does not speak.
    static let pressText = """
        ---
        title: "防洪堤发布会与问答"
        date: "2025-04-20 10:00:00"
        ---

        周日的发布会上，市长李文博表示：“堤坝今年完工。”他没有回答关于预算的问题。

        ## 详细对话

        主持人：赵工，工程进度如何？

        赵明：进度比计划快一个月。

        主持人：预算够吗？

        赵明：预算已经批了。
        """

    /// 李文博 speaks.
    static let interviewText = """
        ---
        title: "专访李文博：城市与水"
        date: "2025-05-01 09:00:00"
        ---

        ## 详细对话

        记者：您最担心什么？

        李文博：最担心的是极端天气。

        记者：谢谢。

        李文博：谢谢你们。
        """

    static let corpus = Corpus(
        articles: ProseDialogueFixtures.corpus.articles + [
            ArticleParser().parse(pressText, id: "press.md").article!,
            ArticleParser().parse(interviewText, id: "li-interview.md").article!,
        ])

    static func index(_ id: String) -> Int { corpus.articles.firstIndex { $0.id == id }! }

    /// The summit's dialogue view, its cursor on 李文博's first quote.
    static func summitDialogue() -> AppState {
        var app = AppState(corpus: corpus, size: ScreenSize(width: 80, height: 24))
        app.list.select(article: index("summit.md"))
        KeyScript.send("<Enter> d", to: &app)
        return app
    }

    @Test func theFixturesAreWhatTheTestNeeds() {
        let press = Self.corpus.articles[Self.index("press.md")]
        #expect(press.speakers.map(\.name) == ["主持人", "赵明"] && press.quotes.map(\.speaker) == ["李文博"])
        let interview = Self.corpus.articles[Self.index("li-interview.md")]
        #expect(interview.speakers.map(\.name) == ["记者", "李文博"])
        // Newest first: the interview, the press conference, the brief, the summit.
        let order = Self.summitDialogue().list.order.map { Self.corpus.articles[$0].id }
        #expect(Array(order.prefix(4)) == ["li-interview.md", "press.md", "brief.md", "summit.md"])
    }

    @Test func bracketsGoThroughProseQuotesAmongTurnsAndTurns() {
        var app = Self.summitDialogue()
        KeyScript.send("[", to: &app)
        #expect(app.dialogue.article == Self.index("brief.md") && app.message == "李文博 in “宁波防洪堤开工”")
        KeyScript.send("[", to: &app)
        // Only quoted among the Q&A's turns: the dialogue view lists the article's quotes.
        #expect(app.focus == .dialogue && app.dialogue.article == Self.index("press.md") && app.dialogue.quotesInstead)
        #expect(app.message == "李文博 quoted in “防洪堤发布会与问答”")
        #expect(app.dialogueNavigation?.utterances == [.quote(0)] && app.dialogue.cursor == 0)
        #expect(StatusBarView.location(for: app).hasSuffix(" · quote 1/1 · 1 speaker"))
        KeyScript.send("[", to: &app)
        #expect(app.dialogue.article == Self.index("li-interview.md") && !app.dialogue.quotesInstead)
        #expect(app.dialogue.cursor == 1 && app.message == "李文博 in “专访李文博：城市与水”")
        KeyScript.send("[", to: &app)
        #expect(app.dialogue.article == Self.index("li-interview.md") && app.message == "no earlier article with 李文博")
        // And back the other way, from a turn to the quotes among turns, to prose.
        KeyScript.send("]", to: &app)
        #expect(app.dialogue.article == Self.index("press.md") && app.dialogue.quotesInstead && app.dialogue.cursor == 0)
        KeyScript.send("] ]", to: &app)
        #expect(app.dialogue.article == Self.index("summit.md") && !app.dialogue.quotesInstead && app.dialogue.cursor == 0)
        // Each jump replaced the view: back goes to the reader the dialogue was opened from.
        KeyScript.send("q", to: &app)
        #expect(app.focus == .reader)
    }

    @Test func theQuoteAmongTurnsTakesTheReadingCursorAndAHighlight() {
        var app = Self.summitDialogue()
        KeyScript.send("[ [ ) m", to: &app)
        #expect(app.highlights.all.map { "\($0.articleID): \($0.anchor.exact)" } == ["press.md: 堤坝今年完工。"])
        // Enter reads the quote in the article; d comes back to the quotes as they were left.
        KeyScript.send("<Enter>", to: &app)
        #expect(app.focus == .reader)
        KeyScript.send("d", to: &app)
        #expect(app.focus == .dialogue && app.dialogue.quotesInstead)
    }
}

/// A surname quoted alone is the person with that full name (`UtteranceIndex`): `]`/`[` from
/// their quote reach the articles where the full name speaks.
@Suite struct SurnameArticleJumpTests {
    static let noteText = """
        ---
        title: "Tidal power in brief"
        date: "2025-03-20 08:00:00"
        ---

        "Coastal cities will have tidal power within a decade," Keller said on Monday.
        """

    static let corpus = Corpus(articles: PeopleFixtures.corpus.articles + [ArticleParser().parse(noteText, id: "tidal-brief.md").article!])

    @Test func theQuotedSurnameReachesTheFullNamesTurns() {
        let noteIndex = Self.corpus.articles.firstIndex { $0.id == "tidal-brief.md" }!
        #expect(Self.corpus.articles[noteIndex].quotes.map(\.speaker) == ["Keller"])
        var app = AppState(corpus: Self.corpus, size: ScreenSize(width: 80, height: 24))
        app.list.select(article: noteIndex)
        KeyScript.send("<Enter> d", to: &app)
        let order = app.list.order
        let position = order.firstIndex(of: noteIndex)!
        // The next article (in list order) where Maria Keller speaks, after the note or before it.
        let keller = app.utteranceIndex.entry(forID: app.dialogueNavigation!.speakerIDs[0])!
        #expect(keller.name == "Maria Keller")
        let later = order[(position + 1)...].first { keller.articleIndices.contains($0) }
        let earlier = order[..<position].last { keller.articleIndices.contains($0) }
        let (key, target) = later.map { ("]", $0) } ?? ("[", earlier!)
        KeyScript.send(key, to: &app)
        let article = Self.corpus.articles[target]
        #expect(app.dialogue.article == target && app.message == "Keller in “\(article.title)”")
        #expect(article.turns.isEmpty || article.speakers[article.turns[app.dialogue.cursor!].speaker].name == "Maria Keller")
    }
}
