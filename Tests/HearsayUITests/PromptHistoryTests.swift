import HearsayModel
import HearsayTesting
import Testing

@testable import HearsayUI

/// Up/Down at the search prompt bring back what was searched this session.
@Suite struct PromptHistoryTests {
    @Test func historyKeepsEachTextOnceMostRecentLast() {
        var history = PromptHistory()
        for text in ["潮汐", "储能", "  ", "潮汐"] { history.add(text) }
        #expect(history.entries == ["储能", "潮汐"])
        for number in 0..<(PromptHistory.limit + 5) { history.add("q\(number)") }
        #expect(history.entries.count == PromptHistory.limit && history.entries.last == "q\(PromptHistory.limit + 4)")
    }

    @Test func upAndDownWalkTheSearchesAndComeBackToWhatWasTyped() throws {
        var app = AppState(corpus: UIFixtures.corpus, size: ScreenSize(width: 80, height: 24))
        KeyScript.send("<Enter> / " + SearchTyping.typed("潮汐") + " <Enter>", to: &app)
        KeyScript.send("/ " + SearchTyping.typed("储能") + " <Enter>", to: &app)
        #expect(app.search.searchHistory.entries == ["潮汐", "储能"])
        KeyScript.send("/ " + SearchTyping.typed("电"), to: &app)
        func shown() -> String? { app.search.prompt?.editor.text }
        KeyScript.send("<Up>", to: &app)
        #expect(shown() == "储能")
        // The text shown is searched as typed: the match counter follows it.
        #expect(app.search.inArticle?.typed == "储能")
        KeyScript.send("<Up>", to: &app)
        #expect(shown() == "潮汐")
        KeyScript.send("<Up>", to: &app)
        #expect(shown() == "潮汐")
        KeyScript.send("<Down> <Down>", to: &app)
        #expect(shown() == "电")
        KeyScript.send("<Down>", to: &app)
        #expect(shown() == "电")
        KeyScript.send("<Esc>", to: &app)
        // The coverage search shares the history; the list filter keeps its own.
        KeyScript.send("F <Up>", to: &app)
        #expect(shown() == "储能")
        KeyScript.send("<Esc> q / <Up>", to: &app)
        #expect(app.search.prompt?.purpose == .listFilter && shown() == "")
    }
}
