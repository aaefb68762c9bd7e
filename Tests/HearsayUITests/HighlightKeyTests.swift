import Foundation
import HearsayModel
import HearsayTesting
import Testing

@testable import HearsayUI

/// Key sequences that make, recolour, annotate, remove and restore highlights, checked against
/// the exact effects (the records the runtime stores) and the state left behind.
struct HighlightKeyTests {
    static let id = UUID(uuidString: "00000000-0000-0000-0000-0000000000A1")!
    static let when = Date(timeIntervalSince1970: 1_750_000_000)
    /// `UIFixtures.corpus.articles[1]`, first in the list (newest).
    static let interview = UIFixtures.interview
    static let lede = "本期节目邀请两位工程师讨论潮汐发电的成本、风险与前景。"
    static let ledeSecond = "Maria Keller joins from Hamburg."

    func app() -> AppState {
        var app = AppState(corpus: UIFixtures.corpus, size: ScreenSize(width: 80, height: 24))
        app.environment.newID = { HighlightKeyTests.id }
        app.environment.now = { HighlightKeyTests.when }
        return app
    }

    /// The record for the interview's text between two positions.
    func expected(from: TextPosition, to: TextPosition, color: Int = 1, note: String? = nil) -> Highlight {
        let text = ArticleText(article: Self.interview)
        let anchor = text.anchor(from: from, to: to)!
        return Highlight(
            id: Self.id, articleID: "interview.md", anchor: anchor, color: color, note: note,
            created: Self.when, modified: Self.when
        )
        .withDetails(from: Self.interview, range: from..<to, text: text)
    }

    var firstSentence: Highlight {
        expected(from: TextPosition(block: 0, offset: 0), to: TextPosition(block: 0, offset: Self.lede.utf8.count))
    }

    @Test func openingMarksReadAndAsksForThePosition() {
        var app = app()
        #expect(
            KeyScript.send("<Enter>", to: &app) == [
                .setRead(true, articleID: "interview.md"),
                .loadReadingPosition(articleID: "interview.md"),
            ])
        #expect(app.persistence.readArticleIDs == ["interview.md"])
    }

    @Test func cursorStartsOnTheFirstSentenceOnScreenAndMovesBySentence() throws {
        var app = app()
        KeyScript.send("<Enter> )", to: &app)
        let cursor = try #require(app.highlights.cursor)
        #expect(cursor.pane == .reader && cursor.article == 1)
        #expect(cursor.head == SentenceSpot(block: 0, range: 0..<Self.lede.utf8.count))
        KeyScript.send(")", to: &app)
        let second = Self.lede.utf8.count..<(Self.lede.utf8.count + Self.ledeSecond.utf8.count)
        #expect(app.highlights.cursor?.head == SentenceSpot(block: 0, range: second))
        KeyScript.send(")", to: &app)
        // Block 1 is the heading of the highlights list.
        #expect(app.highlights.cursor?.head == SentenceSpot(block: 1, range: 0..<"亮点".utf8.count))
        KeyScript.send("( (", to: &app)
        #expect(app.highlights.cursor?.head == SentenceSpot(block: 0, range: 0..<Self.lede.utf8.count))
        KeyScript.send("(", to: &app)
        #expect(app.message == "first sentence")
        KeyScript.send("<Esc>", to: &app)
        #expect(app.highlights.cursor == nil)
        #expect(app.focus == .reader, "Esc leaves the cursor, not the reader")
    }

    @Test func markHighlightsTheSentenceInColorOne() {
        var app = app()
        let effects = KeyScript.send("<Enter> ) m", to: &app)
        #expect(Array(effects.dropFirst(2)) == [.saveHighlight(firstSentence)])
        #expect(firstSentence.anchor.exact == Self.lede)
        #expect(app.highlights.all == [firstSentence])
        #expect(app.highlights.ranges[Self.id] == TextPosition(block: 0, offset: 0)..<TextPosition(block: 0, offset: Self.lede.utf8.count))
        #expect(
            app.highlightDecorations(forArticle: 1).contains(
                TextDecoration(block: 0, range: 0..<Self.lede.utf8.count, kind: .highlight(1))))
    }

    @Test func markAgainCyclesTheColor() {
        var app = app()
        let effects = KeyScript.send("<Enter> ) m m m m m m", to: &app)
        let colors = effects.compactMap { effect -> Int? in
            if case .saveHighlight(let highlight) = effect { return highlight.color }
            return nil
        }
        #expect(colors == [1, 2, 3, 4, 5, 1])
        var recolored = firstSentence
        recolored.color = 1
        #expect(app.highlights.all == [recolored])
        #expect(effects.last == .saveHighlight(recolored))
    }

    @Test func selectionExtendsBySentenceAndDigitsPickTheColor() {
        var app = app()
        let effects = KeyScript.send("<Enter> ) v ) 3", to: &app)
        let whole = expected(
            from: TextPosition(block: 0, offset: 0),
            to: TextPosition(block: 0, offset: (Self.lede + Self.ledeSecond).utf8.count), color: 3)
        #expect(Array(effects.dropFirst(2)) == [.saveHighlight(whole)])
        #expect(whole.anchor.exact == Self.lede + Self.ledeSecond)
        #expect(app.highlights.cursor?.isSelecting == false, "highlighting ends the selection")
    }

    @Test func selectionAcrossBlocksWithEnter() {
        var app = app()
        let effects = KeyScript.send("<Enter> ) ) v ) <Enter>", to: &app)
        let keyPoint = "亮点"
        let whole = expected(
            from: TextPosition(block: 0, offset: Self.lede.utf8.count),
            to: TextPosition(block: 1, offset: keyPoint.utf8.count))
        #expect(Array(effects.dropFirst(2)) == [.saveHighlight(whole)])
        #expect(whole.anchor.exact == Self.ledeSecond + "\n" + keyPoint)
        #expect(
            app.highlightDecorations(forArticle: 1) == [
                TextDecoration(block: 0, range: Self.lede.utf8.count..<(Self.lede + Self.ledeSecond).utf8.count, kind: .highlight(1)),
                TextDecoration(block: 1, range: 0..<keyPoint.utf8.count, kind: .highlight(1)),
                TextDecoration(block: 1, range: 0..<keyPoint.utf8.count, kind: .selection),
            ])
        // A frame asks for the blocks on screen: a highlight touching them comes whole.
        #expect(app.highlightDecorations(forArticle: 1, blocks: 1...5) == app.highlightDecorations(forArticle: 1))
        #expect(app.highlightDecorations(forArticle: 1, blocks: 2...5).isEmpty)
    }

    @Test func escCancelsASelectionWithoutHighlighting() {
        var app = app()
        let effects = KeyScript.send("<Enter> ) v ) <Esc>", to: &app)
        #expect(effects.count == 2)
        #expect(app.highlights.all.isEmpty && app.highlights.cursor == nil)
    }

    @Test func cjkNoteTypedKeyByKey() {
        var app = app()
        KeyScript.send("<Enter> ) m a", to: &app)
        #expect(app.highlights.noteEditor?.editor.text == "")
        var effects: [Effect] = []
        for key: Key in [
            .character("潮"), .character("汐"), .character("能"), .backspace, .left, .character("水"),
            .end, .character("很"), .character("贵"), .character(" "), .character("!"),
        ] {
            effects += app.update(.key(key))
        }
        #expect(effects.isEmpty, "nothing is saved while typing")
        #expect(app.highlights.noteEditor?.editor.text == "潮水汐很贵 !")
        let screen = ScreenRenderer().render(app)
        #expect(screen.rows[23].hasPrefix(" Note: 潮水汐很贵 !"))
        #expect(screen.cursor == CursorPosition(x: 7 + 12, y: 23), "the terminal cursor after 5 wide characters and 2 narrow ones")
        effects = app.update(.key(.enter))
        var annotated = firstSentence
        annotated.note = "潮水汐很贵 !"
        #expect(effects == [.saveHighlight(annotated)])
        #expect(app.highlights.noteEditor == nil)
        // Editing again starts from the note; clearing it removes the note.
        KeyScript.send("a", to: &app)
        #expect(app.highlights.noteEditor?.editor.text == "潮水汐很贵 !")
        _ = app.update(.key(.control("u")))
        #expect(app.update(.key(.enter)) == [.saveHighlight(firstSentence)])
    }

    @Test func escAbandonsTheNote() {
        var app = app()
        KeyScript.send("<Enter> ) m a", to: &app)
        _ = app.update(.key(.character("字")))
        #expect(app.update(.key(.escape)) == [])
        #expect(app.highlights.all == [firstSentence])
        #expect(app.highlights.cursor != nil, "Esc closes only the editor")
    }

    @Test func noteWithoutAHighlightSaysWhy() {
        var app = app()
        KeyScript.send("<Enter> ) a", to: &app)
        #expect(app.highlights.noteEditor == nil)
        #expect(app.message == "no highlight under the cursor (m makes one)")
    }

    @Test func removeSaysItCanBeUndone() {
        var app = app()
        KeyScript.send("<Enter> ) m", to: &app)
        #expect(KeyScript.send("x", to: &app) == [.deleteHighlight(id: Self.id)])
        #expect(app.highlights.all.isEmpty)
        #expect(app.message == "highlight removed (u to undo)")
        #expect(
            app.highlightDecorations(forArticle: 1) == [
                TextDecoration(block: 0, range: 0..<Self.lede.utf8.count, kind: .selection)
            ])
        #expect(KeyScript.send("x", to: &app) == [])
        #expect(app.message == "no highlight under the cursor")
    }

    @Test func dialogueCursorSkipsTheSpeakerNameAndDigitsStaySpeakerJumps() throws {
        var app = app()
        KeyScript.send("<Enter> d )", to: &app)
        let cursor = try #require(app.highlights.cursor)
        #expect(cursor.pane == .dialogue)
        let turn = Self.interview.blocks[cursor.head.block]
        let utf8 = Array(turn.text.utf8)
        #expect(String(decoding: utf8[cursor.head.range], as: UTF8.self) == "欢迎两位。")
        let effects = KeyScript.send(") m", to: &app)
        #expect(effects.count == 1)
        guard case .saveHighlight(let highlight) = effects.first else { Issue.record("no save"); return }
        #expect(highlight.anchor.exact == "我们先从成本说起：潮汐电站现在到底有多贵？")
        #expect(KeyScript.send("2", to: &app) == [], "2 jumps to speaker 2's next turn")
        #expect(app.dialogue.cursor == 1)
        #expect(app.highlights.all.count == 1)
    }

    @Test func cursorInTheReaderIsNotShownInTheDialogue() {
        var app = app()
        KeyScript.send("<Enter> ) d", to: &app)
        #expect(app.activeCursor == nil)
        #expect(app.highlightDecorations(forArticle: 1).isEmpty)
        KeyScript.send("<Esc>", to: &app)
        #expect(app.focus == .reader, "Esc in the dialogue goes back, as before")
        #expect(app.activeCursor != nil)
    }
}

/// One text is never highlighted twice: marking over a highlight recolours, merges or extends it.
struct HighlightOverlapTests {
    static let second = UUID(uuidString: "00000000-0000-0000-0000-0000000000B2")!
    let lede = HighlightKeyTests.lede, ledeSecond = HighlightKeyTests.ledeSecond

    func app() -> AppState { HighlightKeyTests().app() }

    func saved(_ effects: [Effect]) -> [Highlight] {
        effects.compactMap { if case .saveHighlight(let highlight) = $0 { highlight } else { nil } }
    }

    @Test(arguments: ["v 3", "v m m"])
    func selectingAHighlightedSentenceAgainRecolorsIt(keys: String) {
        var app = app()
        let tests = HighlightKeyTests()
        let effects = KeyScript.send("<Enter> ) m " + keys, to: &app)
        var recolored = tests.firstSentence
        recolored.color = 3
        #expect(effects.last == .saveHighlight(recolored))
        #expect(app.highlights.all == [recolored], "still one highlight")
        #expect(app.message == "highlight colour 3")
        #expect(HighlightsListing(app, colorFilter: nil).entries.count == 1, "H shows one row")
    }

    @Test func digitsInTheReaderColorTheSentenceOrItsHighlight() {
        var app = app()
        let tests = HighlightKeyTests()
        var inFour = tests.firstSentence
        inFour.color = 4
        #expect(Array(KeyScript.send("<Enter> ) 4", to: &app).dropFirst(2)) == [.saveHighlight(inFour)])
        #expect(app.message == "highlighted in colour 4")
        var inTwo = tests.firstSentence
        inTwo.color = 2
        #expect(KeyScript.send("2", to: &app) == [.saveHighlight(inTwo)])
        #expect(app.highlights.all == [inTwo])
        // Without the reading cursor, digits do nothing in the reader.
        KeyScript.send("<Esc>", to: &app)
        #expect(KeyScript.send("3", to: &app) == [])
        #expect(app.highlights.all == [inTwo])
    }

    @Test func aSelectionOverlappingHighlightsMergesThemKeepingTheOldestAndEveryNote() throws {
        var app = app()
        // Two one-sentence highlights with notes, the second made later.
        KeyScript.send("<Enter> ) m a", to: &app)
        for character in "先" { _ = app.update(.key(.character(character))) }
        _ = app.update(.key(.enter))
        app.environment.newID = { HighlightOverlapTests.second }
        app.environment.now = { Date(timeIntervalSince1970: 1_750_000_100) }
        KeyScript.send(") 5 a", to: &app)
        for character in "后" { _ = app.update(.key(.character(character))) }
        _ = app.update(.key(.enter))
        #expect(app.highlights.all.map(\.color) == [1, 5])
        // A selection from the first sentence over both, coloured 3.
        let effects = KeyScript.send("( v ) 3", to: &app)
        let whole = TextPosition(block: 0, offset: 0)..<TextPosition(block: 0, offset: (lede + ledeSecond).utf8.count)
        var merged = HighlightKeyTests().expected(from: whole.lowerBound, to: whole.upperBound, color: 3, note: "先 / 后")
        merged.modified = Date(timeIntervalSince1970: 1_750_000_100)
        #expect(effects == [.deleteHighlight(id: Self.second), .saveHighlight(merged)])
        #expect(app.highlights.all == [merged])
        #expect(app.highlights.ranges[HighlightKeyTests.id] == whole)
        #expect(app.message == "2 highlights merged into one, colour 3")
    }

    @Test func aSelectionPartlyOverAHighlightExtendsItInItsColor() throws {
        var app = app()
        KeyScript.send("<Enter> ) ) 2 ( v ) m", to: &app)
        let highlight = try #require(app.highlights.all.first)
        #expect(app.highlights.all.count == 1)
        #expect(highlight.anchor.exact == lede + ledeSecond)
        #expect(highlight.color == 2, "m keeps the colour of the highlight it extends")
        #expect(app.message == "highlight extended, colour 2")
    }

    @Test func aSelectionInsideAHighlightRecolorsItAndSaysSo() throws {
        var app = app()
        // Two sentences highlighted, then a selection of the first alone, in colour 5.
        KeyScript.send("<Enter> ) v ) 1 ( v 5", to: &app)
        let highlight = try #require(app.highlights.all.first)
        #expect(app.highlights.all.count == 1)
        #expect(highlight.anchor.exact == lede + ledeSecond && highlight.color == 5)
        #expect(app.message == "highlight colour 5", "not extended: it covers what it did")
    }

    @Test func aSentenceInsideALongerHighlightRecolorsTheWholeOfIt() throws {
        var app = app()
        KeyScript.send("<Enter> ) v ) 1 ( 4", to: &app)
        let highlight = try #require(app.highlights.all.first)
        #expect(app.highlights.all.count == 1)
        #expect(highlight.anchor.exact == lede + ledeSecond && highlight.color == 4)
    }
}

/// A selection running across turns does not paint the next turn's speaker name.
struct HighlightAcrossTurnsTests {
    @Test func speakerNamesStayUnpainted() throws {
        var app = AppState(corpus: UIFixtures.corpus, size: ScreenSize(width: 80, height: 24))
        KeyScript.send("<Enter> d ) ) v )", to: &app)
        let interview = UIFixtures.interview
        let first = interview.turns[0].blocks.lowerBound, second = interview.turns[1].blocks.lowerBound
        let secondText = interview.blocks[second].text
        let nameEnd = "Maria Keller: ".utf8.count
        let firstSentence = "Cheaper than ten years ago, by about forty percent."
        #expect(
            app.highlightDecorations(forArticle: 1) == [
                TextDecoration(
                    block: first, range: "主持人林晓: 欢迎两位。".utf8.count..<interview.blocks[first].text.utf8.count,
                    kind: .selection),
                TextDecoration(block: second, range: nameEnd..<(nameEnd + firstSentence.utf8.count), kind: .selection),
            ])
        #expect(secondText.hasPrefix("Maria Keller: " + firstSentence))
    }
}

/// The view follows the reading cursor.
struct HighlightCursorScrollingTests {
    func cursorLine(_ app: AppState) -> (line: Int, top: Int)? {
        guard let cursor = app.activeCursor else { return nil }
        if cursor.pane == .dialogue {
            return (app.dialogue.layout!.lineIndex(containing: cursor.head.start), app.dialogue.topLine)
        }
        return (app.reader.layout!.lineIndex(containing: cursor.head.start), app.reader.topLine)
    }

    @Test(arguments: ["<Enter>", "<Enter> d"])
    func everySentenceIsOnScreenWhenTheCursorIsOnIt(opening: String) throws {
        var app = AppState(corpus: UIFixtures.corpus, size: ScreenSize(width: 40, height: 10))
        KeyScript.send(opening, to: &app)
        let height = app.screenLayout.readerHeight
        var tops: Set<Int> = []
        for _ in 0..<60 {
            KeyScript.send(")", to: &app)
            let (line, top) = try #require(cursorLine(app))
            #expect(line >= top && line < top + height, "line \(line) outside \(top)..<\(top + height)")
            tops.insert(top)
        }
        #expect(tops.count > 1, "the view scrolled")
        #expect(app.message == "last sentence")
        for _ in 0..<60 {
            KeyScript.send("(", to: &app)
            let (line, top) = try #require(cursorLine(app))
            #expect(line >= top && line < top + height)
        }
        #expect(app.message == "first sentence")
    }
}

/// A cursor left behind by scrolling starts again on screen.
struct HighlightCursorRestartTests {
    @Test func dialogueCursorFollowsTheTurnCursor() throws {
        var app = AppState(corpus: UIFixtures.corpus, size: ScreenSize(width: 80, height: 24))
        KeyScript.send("<Enter> d ) j j )", to: &app)
        let cursor = try #require(app.activeCursor)
        #expect(cursor.head.block == UIFixtures.interview.turns[2].blocks.lowerBound)
        #expect(cursor.head.range.lowerBound == "主持人林晓: ".utf8.count)
    }

    @Test func readerCursorScrolledOffStartsAtTheTop() throws {
        var app = AppState(corpus: UIFixtures.corpus, size: ScreenSize(width: 40, height: 10))
        KeyScript.send("<Enter> ) <C-d> <C-d> <C-d> )", to: &app)
        let cursor = try #require(app.activeCursor)
        let layout = try #require(app.reader.layout)
        let line = layout.lineIndex(containing: cursor.head.start)
        #expect(line >= app.reader.topLine && line < app.reader.topLine + app.screenLayout.readerHeight)
        #expect(cursor.head.block > 0)
    }

    @Test func aSelectionKeepsItsStartWhileScrolling() throws {
        var app = AppState(corpus: UIFixtures.corpus, size: ScreenSize(width: 40, height: 10))
        KeyScript.send("<Enter> ) v <C-d> <C-d> )", to: &app)
        let cursor = try #require(app.activeCursor)
        #expect(cursor.selectionStart == SentenceSpot(block: 0, range: 0..<"本期节目邀请两位工程师讨论潮汐发电的成本、风险与前景。".utf8.count))
        #expect(cursor.head.block == 0)
    }
}

/// The digits that colour a highlight in the reader are in the help, and do not take the dialogue
/// view's speaker jumps.
struct HighlightColorKeysTests {
    @Test func theHelpListsThemUnderTheirOwnHeading() throws {
        let lines = HelpContent(keymap: .standard).lines
        let heading = try #require(lines.firstIndex(of: .heading("Reading cursor in the reader")))
        #expect(lines[heading + 1] == .binding(keys: "1–5", help: "highlight the sentence in colour 1–5, or recolour its highlight"))
        #expect(lines[heading + 2] == .blank)
    }

    @Test func onlyTheReaderWithTheCursorBindsThem() {
        let keymap = Keymap.standard
        #expect(keymap.action(for: .character("3"), in: [.readerCursor]) == .highlight(.markInColor(3)))
        #expect(keymap.action(for: .character("3"), in: [.dialogue]) == .dialogue(.nextBySpeakerNumber(3)))
        #expect(keymap.action(for: .character("6"), in: [.readerCursor]) == nil)
    }
}
