import Foundation
import HearsayModel
import HearsayTesting
import Testing

@testable import HearsayUI

/// `u` undoes and `Ctrl-R` redoes every highlight change, newest first, with the exact records
/// saved and deleted and a message naming the change (issue 18 item 3).
struct HighlightUndoTests {
    let tests = HighlightKeyTests()
    let id = HighlightKeyTests.id
    static let second = UUID(uuidString: "00000000-0000-0000-0000-0000000000C2")!

    func app() -> AppState { tests.app() }

    func colored(_ color: Int, _ highlight: Highlight) -> Highlight {
        var copy = highlight
        copy.color = color
        return copy
    }

    @Test func makingAndRemovingAreUndoneAndRedoneInTurn() {
        var app = app()
        KeyScript.send("<Enter> ) m x", to: &app)
        #expect(KeyScript.send("u", to: &app) == [.saveHighlight(tests.firstSentence)])
        #expect(app.message == "undone: removal")
        #expect(app.highlights.all == [tests.firstSentence])
        #expect(KeyScript.send("<C-r>", to: &app) == [.deleteHighlight(id: id)])
        #expect(app.message == "redone: removal")
        #expect(app.highlights.all.isEmpty)
        #expect(KeyScript.send("u u", to: &app) == [.saveHighlight(tests.firstSentence), .deleteHighlight(id: id)])
        #expect(app.message == "undone: new highlight")
        #expect(app.highlights.all.isEmpty && app.highlights.ranges.isEmpty)
        #expect(KeyScript.send("u", to: &app) == [])
        #expect(app.message == "nothing to undo")
        #expect(KeyScript.send("<C-r> <C-r>", to: &app) == [.saveHighlight(tests.firstSentence), .deleteHighlight(id: id)])
        #expect(KeyScript.send("<C-r>", to: &app) == [])
        #expect(app.message == "nothing to redo")
    }

    @Test func recolouringIsUndone() {
        var app = app()
        KeyScript.send("<Enter> ) m m 5", to: &app)
        #expect(KeyScript.send("u", to: &app) == [.saveHighlight(colored(2, tests.firstSentence))])
        #expect(app.message == "undone: colour 2 → 5")
        #expect(KeyScript.send("u", to: &app) == [.saveHighlight(tests.firstSentence)])
        #expect(app.message == "undone: colour 1 → 2")
        #expect(app.highlights.all == [tests.firstSentence])
        #expect(KeyScript.send("<C-r>", to: &app) == [.saveHighlight(colored(2, tests.firstSentence))])
        #expect(app.message == "redone: colour 1 → 2")
    }

    @Test func extendingIsUndone() throws {
        var app = app()
        KeyScript.send("<Enter> ) ) 2 ( v ) m", to: &app)
        #expect(try #require(app.highlights.all.first).anchor.exact == HighlightKeyTests.lede + HighlightKeyTests.ledeSecond)
        let effects = KeyScript.send("u", to: &app)
        #expect(app.message == "undone: extension")
        let restored = try #require(app.highlights.all.first)
        #expect(effects == [.saveHighlight(restored)])
        #expect(restored.anchor.exact == HighlightKeyTests.ledeSecond && restored.color == 2)
        let start = HighlightKeyTests.lede.utf8.count
        #expect(
            app.highlights.ranges[id]
                == TextPosition(
                    block: 0, offset: start)..<TextPosition(
                    block: 0, offset: start + HighlightKeyTests.ledeSecond.utf8.count))
    }

    @Test func aMergeIsUndoneIntoTheHighlightsItJoined() throws {
        var app = app()
        KeyScript.send("<Enter> ) m", to: &app)
        app.environment.newID = { HighlightUndoTests.second }
        KeyScript.send(") 4", to: &app)
        let before = app.highlights.all
        #expect(before.map(\.color) == [1, 4])
        let merged = KeyScript.send("( v ) 3", to: &app)
        #expect(merged == [.deleteHighlight(id: Self.second), .saveHighlight(try #require(app.highlights.all.first))])
        #expect(KeyScript.send("u", to: &app) == before.map { .saveHighlight($0) })
        #expect(app.message == "undone: merge of 2 highlights")
        #expect(app.highlights.all == before)
        #expect(KeyScript.send("<C-r>", to: &app) == merged)
        #expect(app.message == "redone: merge of 2 highlights")
    }

    @Test func noteEditsAreUndoneButAnAbandonedNoteIsNoChange() {
        var app = app()
        KeyScript.send("<Enter> ) m a 潮 <Enter> a <Esc>", to: &app)
        var noted = tests.firstSentence
        noted.note = "潮"
        #expect(app.highlights.all == [noted])
        #expect(KeyScript.send("u", to: &app) == [.saveHighlight(tests.firstSentence)])
        #expect(app.message == "undone: new note")
        #expect(KeyScript.send("<C-r>", to: &app) == [.saveHighlight(noted)])
        #expect(app.message == "redone: new note")
        KeyScript.send("a <C-u> <Enter>", to: &app)
        #expect(KeyScript.send("u", to: &app) == [.saveHighlight(noted)])
        #expect(app.message == "undone: note removal")
    }

    @Test func aNewChangeClearsWhatCouldBeRedone() {
        var app = app()
        KeyScript.send("<Enter> ) m m u 3", to: &app)
        #expect(KeyScript.send("<C-r>", to: &app) == [])
        #expect(app.message == "nothing to redo")
    }

    @Test func undoInAnotherArticleNamesIt() {
        var app = app()
        KeyScript.send("<Enter> ) m q j <Enter>", to: &app)
        #expect(app.reader.article == 0, "the feature is open")
        #expect(KeyScript.send("u", to: &app) == [.deleteHighlight(id: id)])
        #expect(app.message == "undone: new highlight in " + UIFixtures.interview.title)
    }

    @Test func undoShowsTheTextItChanged() throws {
        var app = AppState(corpus: UIFixtures.corpus, size: ScreenSize(width: 40, height: 10))
        KeyScript.send("<Enter> ) m <C-d> <C-d> <C-d>", to: &app)
        #expect(app.reader.topLine > 0)
        let scrolled = app.reader.topLine
        KeyScript.send("u", to: &app)
        let line = try #require(app.reader.layout).lineIndex(containing: TextPosition(block: 0, offset: 0))
        #expect(app.reader.topLine < scrolled)
        #expect(line >= app.reader.topLine && line < app.reader.topLine + app.screenLayout.readerHeight, "the lede is on screen")
    }

    @Test func theHistoryKeepsTheNewestHundredChanges() {
        var history = HighlightHistory()
        let highlights = (0...HighlightHistory.limit).map { color in colored(color, tests.firstSentence) }
        for highlight in highlights { history.record(HighlightChange(before: [], after: [highlight])) }
        #expect(history.undoable.count == HighlightHistory.limit)
        #expect(history.undoable.first?.after == [highlights[1]], "the oldest went first")
        #expect(history.takeUndo()?.after == [highlights.last!])
        #expect(history.redoable.count == 1)
    }

    @Test func uAndCtrlRAreInTheHelp() {
        let keymap = Keymap.standard
        #expect(keymap.action(for: .character("u"), in: [.highlighting]) == .highlight(.undo))
        #expect(keymap.action(for: .control("r"), in: [.highlighting]) == .highlight(.redo))
        let lines = HelpContent(keymap: keymap).lines
        #expect(lines.contains(.binding(keys: "u", help: "undo the last highlight change")))
        #expect(lines.contains(.binding(keys: "Ctrl-r", help: "redo the highlight change undone")))
    }
}
