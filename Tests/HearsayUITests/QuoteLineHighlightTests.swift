import HearsayModel
import HearsayTesting
import Testing

@testable import HearsayUI

/// The reading cursor, highlights, selection, notes and search on quote lines: in a prose
/// article's dialogue view and in the stream of someone who is only quoted (李文博, quoted in the
/// summit and the brief, never a speaker of a transcript).
@Suite struct QuoteLineHighlightTests {
    static let corpus = ProseDialogueFixtures.corpus
    static let summit = ProseDialogueFixtures.summit
    static let brief = ProseDialogueFixtures.brief

    /// 李文博's stream (the summit, 03-10, then the brief, 04-02), after `script`.
    static func stream(_ script: String = "") -> AppState {
        var app = AppState(corpus: corpus, size: ScreenSize(width: 80, height: 24))
        KeyScript.send("P / 李 <Enter> <Enter>", to: &app)
        KeyScript.send(script, to: &app)
        return app
    }

    static func highlighted(_ app: AppState) -> [String] { app.highlights.all.map { "\($0.articleID): \($0.anchor.exact)" } }

    @Test func theStreamIsOfSomeoneOnlyQuoted() throws {
        let app = Self.stream()
        let stream = try #require(app.stream)
        #expect(stream.name == "李文博" && stream.groups.map(\.articleID) == ["summit.md", "brief.md"])
        #expect(stream.groups.map(\.speaker) == [nil, nil])
        #expect(stream.items.map(\.utterance) == [.quote(0), .quote(1), .quote(3), .quote(0)])
    }

    @Test func parenThenMInTheProseDialogueHighlightsTheQuotesWords() throws {
        var app = ProseDialogueTests.summitDialogue("j )")
        let cursor = try #require(app.activeCursor)
        #expect(cursor.pane == .dialogue && cursor.head.start == Self.summit.quotes[1].range.lowerBound)
        KeyScript.send("m", to: &app)
        #expect(Self.highlighted(app) == ["summit.md: 我们不会拆掉老城区。"])
        // ) goes on to the next quote shown, and its words only.
        KeyScript.send(") m", to: &app)
        #expect(app.dialogue.cursor == 2)
        #expect(Self.highlighted(app) == ["summit.md: 我们不会拆掉老城区。", "summit.md: 与水共存比与水对抗更便宜。"])
    }

    @Test func backAndByParagraphOverQuoteLines() {
        var app = ProseDialogueTests.summitDialogue("j j )")
        #expect(app.activeCursor?.head.start == Self.summit.quotes[2].range.lowerBound)
        KeyScript.send("(", to: &app)
        #expect(app.activeCursor?.head.start == Self.summit.quotes[1].range.lowerBound && app.dialogue.cursor == 1)
        KeyScript.send("}", to: &app)
        #expect(app.activeCursor?.head.start == Self.summit.quotes[2].range.lowerBound && app.dialogue.cursor == 2)
        KeyScript.send("( ( (", to: &app)
        #expect(app.activeCursor?.head.start == Self.summit.quotes[0].range.lowerBound && app.message == "first sentence")
    }

    @Test func parenThenMInTheStreamHighlightsEachArticlesQuote() {
        var app = Self.stream(") m")
        #expect(Self.highlighted(app) == ["summit.md: 防洪堤每加高一米，城市就多一份安全。"])
        // The article of the line under the cursor: `]` goes to the brief, `)` starts there.
        KeyScript.send("] ) m", to: &app)
        #expect(app.stream?.cursor == 3)
        #expect(
            Self.highlighted(app) == ["summit.md: 防洪堤每加高一米，城市就多一份安全。", "brief.md: 第一段工程年底完成。"])
    }

    @Test func theCursorStepsOverTheQuotesOfTheArticleUnderTheStreamsCursor() {
        var app = Self.stream(") ) )")
        #expect(app.stream?.cursor == 2 && app.activeCursor?.head.start == Self.summit.quotes[3].range.lowerBound)
        KeyScript.send(")", to: &app)
        #expect(app.message == "last sentence" && app.stream?.cursor == 2)
    }

    @Test func aSelectionOverTwoQuotesAndANote() throws {
        var app = Self.stream(") v )")
        #expect(app.activeCursor?.isSelecting == true && app.stream?.cursor == 1)
        KeyScript.send("m a " + SearchTyping.typed("开幕与答问") + " <Enter>", to: &app)
        let highlight = try #require(app.highlights.all.first)
        #expect(app.highlights.all.count == 1 && highlight.articleID == "summit.md" && highlight.note == "开幕与答问")
        // From the first quote's words to the end of the second's: the prose between them too,
        // as a selection over two turns takes the turns between.
        #expect(highlight.anchor.exact == "防洪堤每加高一米，城市就多一份安全。”他说资金已经落实。\n“我们不会拆掉老城区。")
    }

    @Test func searchMatchesShowInEveryArticleOfTheStream() {
        let app = Self.stream("/ 一 <Enter>")
        let summitIndex = Self.corpus.articles.firstIndex { $0.id == "summit.md" }!
        let briefIndex = Self.corpus.articles.firstIndex { $0.id == "brief.md" }!
        let elsewhere = app.stream!.matchesElsewhere
        let summitMatches = app.searchDecorations(forArticle: summitIndex, elsewhere: elsewhere)
        let briefMatches = app.searchDecorations(forArticle: briefIndex, elsewhere: elsewhere)
        // The current match is the first in a quote shown (the summit's first paragraph is not).
        let current = summitMatches.filter { $0.kind == .currentMatch }
        #expect(
            current.count == 1
                && current.first.map { Self.summit.quotes[0].range.contains(TextPosition(block: $0.block, offset: $0.range.lowerBound)) }
                    == true
        )
        let briefQuote = Self.brief.quotes[0].range
        #expect(
            briefMatches.map(\.kind) == [.match]
                && briefMatches.allSatisfy { briefQuote.contains(TextPosition(block: $0.block, offset: $0.range.lowerBound)) })
        // Without a view of several articles, only the searched one has matches.
        #expect(app.searchDecorations(forArticle: briefIndex).isEmpty)
    }
}

/// Quote lines with highlights, a selection and matches drawn, 80×24 (`Golden/quote-lines-*.txt`).
@Suite struct QuoteLineGoldenTests {
    func check(_ name: String, _ app: AppState) {
        let mismatch = GoldenScreen.mismatch(ScreenRenderer().render(app), named: "quote-lines-\(name)-80x24", styles: true)
        #expect(mismatch == nil, "\(mismatch ?? "")")
    }

    @Test func proseDialogueHighlighted() { check("dialogue-marked", ProseDialogueTests.summitDialogue("j ) m ) ) v")) }
    @Test func streamHighlightedInBothArticles() { check("stream-marked", QuoteLineHighlightTests.stream(") m ] ) m")) }
    @Test func streamSearchedInBothArticles() { check("stream-searched", QuoteLineHighlightTests.stream("/ 一 <Enter>")) }
}
