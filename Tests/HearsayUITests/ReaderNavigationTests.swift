import HearsayModel
import HearsayTesting
import Testing

@testable import HearsayUI

@Suite struct ReaderNavigationTests {
    /// The interview open in the reader at 80×24 (22 rows of text).
    func reader(width: Int = 80, height: Int = 24) -> AppState {
        var app = AppState(corpus: UIFixtures.corpus, size: ScreenSize(width: width, height: height))
        KeyScript.send("<Enter>", to: &app)
        return app
    }

    /// The interview at 80×24: 52 lines, 22 on screen, so the last top line is 30. A page is
    /// 21 lines (one stays), half a page 11.
    @Test func scrollsByLinePageAndHalfPageWithEveryKey() throws {
        var app = reader()
        let layout = try #require(app.reader.layout)
        #expect(layout.lineCount == 52 && app.reader.maxTopLine(height: 22) == 30)
        func after(_ keys: String) -> Int { KeyScript.send(keys, to: &app); return app.reader.topLine }
        #expect(after("j") == 1)
        #expect(after("<Down>") == 2)
        #expect(after("k") == 1)
        #expect(after("<Up> <Up>") == 0)
        #expect(after("<Space>") == 21)
        #expect(after("<Space>") == 30)  // clamped: the screen stays full
        #expect(after("b") == 9)
        #expect(after("b") == 0)
        #expect(after("<C-f>") == 21)
        #expect(after("<C-b>") == 0)
        #expect(after("<PgDn>") == 21)
        #expect(after("<PgDn>") == 30)
        #expect(after("<PgUp>") == 9)
        #expect(after("<C-d>") == 20)
        #expect(after("<C-d>") == 30)
        #expect(after("<C-u>") == 19)
        #expect(after("<C-u>") == 8)
        #expect(after("<C-u>") == 0)
        #expect(after("G") == 30)
        #expect(after("j") == 30)
        #expect(after("<Home>") == 0)
        #expect(after("<End>") == 30)
        #expect(after("g") == 0)
        #expect(after("k") == 0)
    }

    @Test func jumpsToNextAndPreviousSection() throws {
        var app = reader(height: 12)  // short, so every section start is reachable
        let layout = try #require(app.reader.layout)
        let article = UIFixtures.interview
        let headingLines = article.sections.map { layout.lineIndex(containing: TextPosition(block: $0.blockIndex, offset: 0)) }
        let reachable = headingLines.filter { $0 > 0 && $0 <= app.reader.maxTopLine(height: 10) }
        #expect(reachable.count >= 3)
        for line in reachable {
            KeyScript.send("]", to: &app)
            #expect(app.reader.topLine == line)
        }
        for line in reachable.dropLast().reversed() {
            KeyScript.send("[", to: &app)
            #expect(app.reader.topLine == line)
        }
        #expect(app.reader.topLine == reachable.first!)
        KeyScript.send("{", to: &app)
        if let earlier = headingLines.last(where: { $0 < reachable.first! }) {
            #expect(app.reader.topLine == earlier)
        } else {
            #expect(app.reader.topLine == reachable.first! && app.message == "no earlier section")
        }
    }

    @Test func keyPointsLinkToTheirSections() throws {
        var app = reader()
        let article = UIFixtures.interview
        let layout = try #require(app.reader.layout)
        // Key point 2 is about storage (储能), section 2 ("储能：最大的瓶颈").
        KeyScript.send("<Tab> <Tab>", to: &app)
        #expect(app.reader.focusedKeyPoint == 1)
        KeyScript.send("<Enter>", to: &app)
        #expect(app.reader.focusedKeyPoint == nil)
        let storage = article.sections.firstIndex { $0.title == "储能：最大的瓶颈" }!
        #expect(
            app.reader.topLine
                == min(
                    app.reader.maxTopLine(height: 22),
                    layout.lineIndex(containing: TextPosition(block: article.sections[storage].blockIndex, offset: 0))))
        // Shift-Tab from nothing focuses the last key point; it is about ecology (生态).
        KeyScript.send("<S-Tab>", to: &app)
        #expect(app.reader.focusedKeyPoint == 2)
        let matcher = KeyPointMatcher(article: article)
        #expect(matcher.bestSection(forKeyPointBlock: matcher.keyPointBlocks[0]).map { article.sections[$0].title } == "成本：十年下降四成")
        #expect(matcher.bestSection(forKeyPointBlock: matcher.keyPointBlocks[2]).map { article.sections[$0].title } == "生态：评估必须先行")
    }

    @Test func enterWithoutAFocusedKeyPointExplains() {
        var app = reader()
        KeyScript.send("<Enter>", to: &app)
        #expect(app.message == "Tab moves to a key point; Enter then opens its section")
    }
}
