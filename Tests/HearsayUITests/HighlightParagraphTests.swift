import HearsayModel
import HearsayTesting
import Testing

@testable import HearsayUI

/// `}` and `{` move the reading cursor by paragraph (as in vim) while it is on; without it they
/// still jump between sections. The interview's blocks: 0 the lede (two sentences), 1 the 亮点
/// heading, 2–4 key points, 5 a heading, 6 a paragraph of two sentences, 7 a heading, 8 a
/// paragraph, 9 an image (no text), 10 a heading, 11 a paragraph.
struct HighlightParagraphTests {
    static let interview = UIFixtures.interview

    func app() -> AppState {
        AppState(corpus: UIFixtures.corpus, size: ScreenSize(width: 80, height: 24))
    }

    func spot(_ block: Int, _ sentence: Int = 0) -> SentenceSpot {
        SentenceNavigation(article: Self.interview, pane: .reader, shownSpeakers: nil).sentences(inBlock: block)[sentence]
    }

    @Test func movesToTheNextParagraphAndBackToTheStartOfThisOne() {
        var app = app()
        KeyScript.send("<Enter> ) }", to: &app)
        #expect(app.highlights.cursor?.head == spot(1))
        KeyScript.send("} } } } }", to: &app)
        #expect(app.highlights.cursor?.head == spot(6))
        KeyScript.send(")", to: &app)  // the paragraph's second sentence
        #expect(app.highlights.cursor?.head == spot(6, 1))
        KeyScript.send("{", to: &app)  // back to its start
        #expect(app.highlights.cursor?.head == spot(6))
        KeyScript.send("{", to: &app)  // then the paragraph before
        #expect(app.highlights.cursor?.head == spot(5))
    }

    @Test func theImageHasNoSentenceAndIsSkipped() {
        var app = app()
        KeyScript.send("<Enter> ) } } } } } } } }", to: &app)
        #expect(app.highlights.cursor?.head == spot(8))
        KeyScript.send("}", to: &app)
        #expect(app.highlights.cursor?.head == spot(10))
        KeyScript.send("{", to: &app)
        #expect(app.highlights.cursor?.head == spot(8))
    }

    @Test func extendingASelectionTakesInWholeParagraphs() throws {
        var app = app()
        KeyScript.send("<Enter> ) v }", to: &app)
        var cursor = try #require(app.highlights.cursor)
        #expect(cursor.selectionStart == spot(0))
        #expect(cursor.head == spot(0, 1))  // the rest of the lede first
        KeyScript.send("} }", to: &app)
        cursor = try #require(app.highlights.cursor)
        #expect(cursor.head == spot(2))  // then the heading, then the first key point (one sentence)
        #expect(cursor.range == spot(0).start..<spot(2).end)
        KeyScript.send("{", to: &app)
        #expect(app.highlights.cursor?.head == spot(1))
    }

    @Test func atTheEndsItSaysSo() {
        var app = app()
        KeyScript.send("<Enter> ) {", to: &app)
        #expect(app.message == "first paragraph")
        #expect(app.highlights.cursor?.head == spot(0))
        KeyScript.send("G", to: &app)  // scrolled away: the cursor starts again on screen
        KeyScript.send("} } } } } } } } } } } } } } } } } } } } } } } } } } } } } }", to: &app)
        #expect(app.message == "last paragraph")
        #expect(app.highlights.cursor?.head.block == Self.interview.blocks.count - 1)
    }

    @Test func withoutTheCursorTheKeysStillJumpBetweenSections() {
        var app = app()
        KeyScript.send("<Enter> }", to: &app)
        #expect(app.highlights.cursor == nil)
        var other = self.app()
        KeyScript.send("<Enter> ) <Esc> }", to: &other)
        #expect(other.highlights.cursor == nil)
        #expect(other.reader.topLine == app.reader.topLine)
        #expect(app.reader.topLine > 0)
    }

    @Test func inTheDialogueViewByParagraphOfTheShownTurns() throws {
        var app = app()
        KeyScript.send("<Enter> d )", to: &app)
        let turns = Self.interview.turns
        let navigation = SentenceNavigation(article: Self.interview, pane: .dialogue, shownSpeakers: nil)
        let first = try #require(navigation.sentences(inBlock: turns[0].blocks.lowerBound).first)
        #expect(app.highlights.cursor?.head == first)
        KeyScript.send("}", to: &app)
        #expect(app.highlights.cursor?.head.block == turns[1].blocks.lowerBound)
        KeyScript.send("} }", to: &app)  // 王建国's turn has two paragraphs: its first, then its second
        #expect(app.highlights.cursor?.head.block == turns[3].blocks.lowerBound)
        KeyScript.send("}", to: &app)
        #expect(app.highlights.cursor?.head.block == turns[3].blocks.lowerBound + 1)
    }
}
