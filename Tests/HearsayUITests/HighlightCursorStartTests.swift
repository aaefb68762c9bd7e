import Foundation
import HearsayModel
import HearsayTesting
import Testing

@testable import HearsayUI

/// Where the reading cursor starts (issue 18 item 2): at the search's match when there is one in
/// view, else where `Esc` left it, else at the first sentence on screen.
struct HighlightCursorStartTests {
    static let observation = "我们在东海做过三年的观测，数据很有说服力。"

    func app() -> AppState { HighlightKeyTests().app() }

    func saved(_ effects: [Effect]) -> [String] {
        effects.compactMap { if case .saveHighlight(let highlight) = $0 { highlight.anchor.exact } else { nil } }
    }

    @Test func markAfterASearchHighlightsTheMatchSentence() {
        var app = app()
        let effects = KeyScript.send("<Enter> / " + SearchTyping.typed("观测") + " <Enter> m", to: &app)
        #expect(saved(effects) == [Self.observation])
        #expect(app.reader.topLine > 0, "the search scrolled: the first sentence on screen is another one")
    }

    @Test func parenthesisAfterASearchStartsAtTheMatchSentence() throws {
        var app = app()
        KeyScript.send("<Enter> / " + SearchTyping.typed("观测") + " <Enter> )", to: &app)
        let cursor = try #require(app.activeCursor)
        #expect(Self.text(of: cursor.head) == Self.observation)
    }

    @Test func aCursorAlreadyOnFollowsTheMatch() throws {
        var app = app()
        KeyScript.send("<Enter> ) / " + SearchTyping.typed("观测") + " <Enter>", to: &app)
        #expect(Self.text(of: try #require(app.activeCursor).head) == Self.observation)
        // n goes to the next match (here the only one, wrapping): the cursor stays on its sentence.
        KeyScript.send("n", to: &app)
        #expect(Self.text(of: try #require(app.activeCursor).head) == Self.observation)
    }

    @Test func aSelectionIsNotMovedBySearching() throws {
        var app = app()
        KeyScript.send("<Enter> ) v / " + SearchTyping.typed("观测") + " <Enter>", to: &app)
        let cursor = try #require(app.highlights.cursor)
        #expect(cursor.isSelecting)
        #expect(Self.text(of: cursor.head) == HighlightKeyTests.lede)
    }

    @Test func withoutAMatchTheCursorStartsWhereEscLeftIt() throws {
        var app = app()
        KeyScript.send("<Enter> ) ) <Esc>", to: &app)
        #expect(app.highlights.cursor == nil)
        KeyScript.send(")", to: &app)
        #expect(Self.text(of: try #require(app.activeCursor).head) == HighlightKeyTests.ledeSecond)
        // m, too, marks the sentence the cursor was left on.
        let effects = KeyScript.send("<Esc> m", to: &app)
        #expect(saved(effects) == [HighlightKeyTests.ledeSecond])
    }

    @Test func aCursorLeftOffScreenStartsAtTheFirstSentenceOnScreen() throws {
        var app = AppState(corpus: UIFixtures.corpus, size: ScreenSize(width: 40, height: 10))
        KeyScript.send("<Enter> ) ) <Esc> <C-d> <C-d> <C-d> )", to: &app)
        let cursor = try #require(app.activeCursor)
        let navigation = SentenceNavigation(article: UIFixtures.interview, pane: .reader, shownSpeakers: nil)
        #expect(cursor.head == app.firstSentenceOnScreen(navigation))
        #expect(cursor.head.block > 0)
    }

    /// The text of a sentence of the interview.
    static func text(of spot: SentenceSpot) -> String {
        let utf8 = Array(UIFixtures.interview.blocks[spot.block].text.utf8)
        return String(decoding: utf8[spot.range], as: UTF8.self)
    }
}
