import HearsayModel
import HearsayTesting
import HearsayTheme
import Testing

@testable import HearsayUI

/// In-article search over the fixture interview (article 1): `/` and `\` as you type, Enter,
/// Esc, `n` / `N` with wrap-around, the counter, the dialogue view's filter.
/// 潮汐 occurs 7 times in what the reader shows of the interview: the title (block -4, a header
/// line), the lede (block 0), two key points (2, 3), the cost paragraph (6), the host's first turn
/// (13, turn 0) and the guest's turn (20, turn 6).
@Suite struct SearchInArticleTests {
    func app(width: Int = 80, height: Int = 24) -> AppState {
        AppState(corpus: UIFixtures.corpus, size: ScreenSize(width: width, height: height))
    }

    func blocks(_ app: AppState) -> [Int] { app.search.inArticle?.matches.map(\.block) ?? [] }

    /// Each run of cells drawn in `style`: where it starts and its text.
    func runs(in screen: ScreenBuffer, style: TerminalStyle) -> [String] {
        var runs: [String] = []
        for y in 0..<screen.size.height {
            var x = 0
            while x < screen.size.width {
                guard screen[x, y].style == style else {
                    x += 1
                    continue
                }
                let start = x
                var text = ""
                while x < screen.size.width, screen[x, y].style == style {
                    text += screen[x, y].text
                    x += 1
                }
                runs.append("\(start),\(y) \(text)")
            }
        }
        return runs
    }

    @Test func typingSearchesAsYouTypeAndCountsMatches() {
        var app = app()
        KeyScript.send("<Enter> / 潮", to: &app)
        #expect(app.overlay == .searchPrompt)
        #expect(app.search.inArticle?.matches.count == 7)  // 潮 occurs only in 潮汐
        KeyScript.send("汐", to: &app)
        #expect(blocks(app) == [-4, 0, 2, 3, 6, 13, 20])
        #expect(app.search.inArticle?.matches.first?.header == .title)
        #expect(app.search.inArticle?.current == 0)  // the title, at the top of the view
        #expect(SearchPromptView.note(for: app, prompt: app.search.prompt!) == "1/7")
        #expect(SearchStatusText.suffix(for: app) == " · /潮汐 1/7")
        KeyScript.send("<Enter>", to: &app)
        #expect(app.overlay == nil)
        #expect(app.search.prompt == nil)
        #expect(StatusBarView.location(for: app) + SearchStatusText.suffix(for: app) == " Reader · 1/4 · 41% · /潮汐 1/7")
    }

    @Test func matchingFoldsCaseAndWidth() {
        for typed in ["storage", "STORAGE", "ｓｔｏｒａｇｅ"] {
            var app = app()
            KeyScript.send("<Enter> / " + SearchTyping.typed(typed) + " <Enter>", to: &app)
            #expect(blocks(app) == [8, 18], "\(typed)")
            let match = app.search.inArticle!.matches[1]
            let text = UIFixtures.interview.blocks[18].text.utf8
            #expect(String(decoding: Array(text)[match.range], as: UTF8.self) == "Storage")
        }
    }

    @Test func nextAndPreviousWrapAroundWithANotice() {
        var app = app()
        KeyScript.send("<Enter> / 潮 汐 <Enter>", to: &app)
        KeyScript.send("n", to: &app)
        #expect(app.search.inArticle?.current == 1)
        #expect(app.message == nil)
        KeyScript.send("n n n n n", to: &app)
        #expect(app.search.inArticle?.current == 6)
        #expect(SearchStatusText.suffix(for: app) == " · /潮汐 7/7")
        KeyScript.send("n", to: &app)
        #expect(app.search.inArticle?.current == 0)
        #expect(app.message == "search hit BOTTOM, continuing at TOP")
        KeyScript.send("N", to: &app)
        #expect(app.search.inArticle?.current == 6)
        #expect(app.message == "search hit TOP, continuing at BOTTOM")
        KeyScript.send("N", to: &app)
        #expect(app.search.inArticle?.current == 5)
        #expect(app.message == nil)
    }

    @Test func nScrollsTheMatchIntoView() {
        var app = app()
        KeyScript.send("<Enter> / 潮 汐 <Enter>", to: &app)
        #expect(app.reader.topLine == 0)
        KeyScript.send("n n n n n", to: &app)  // the host's first turn, below the first screen
        let layout = app.reader.layout!
        let line = layout.lineIndex(containing: app.search.inArticle!.matches[5].start)
        #expect(line >= 22)
        #expect(app.reader.topLine == line - 22 / 3)
    }

    @Test func escPutsTheViewAndThePreviousSearchBack() {
        var app = app()
        KeyScript.send("<Enter> j j", to: &app)
        let top = app.reader.topLine
        KeyScript.send("/ 再 见", to: &app)  // the last turn: the view scrolls there
        #expect(app.search.inArticle?.matches.map(\.block) == [25])
        #expect(app.reader.topLine > top)
        KeyScript.send("<Esc>", to: &app)
        #expect(app.reader.topLine == top)
        #expect(app.search.inArticle == nil)
        #expect(app.overlay == nil)
        #expect(app.focus == .reader)

        KeyScript.send("/ 潮 汐 <Enter> / 再 <Esc>", to: &app)
        #expect(app.search.inArticle?.typed == "潮汐")
    }

    @Test func backspaceToNothingPutsTheViewBack() {
        var app = app()
        KeyScript.send("<Enter> / 再 见", to: &app)
        #expect(app.reader.topLine > 0)
        _ = app.update(.key(.backspace))
        _ = app.update(.key(.backspace))
        #expect(app.reader.topLine == 0)
        #expect(app.search.inArticle == nil)
        #expect(app.overlay == .searchPrompt)
    }

    @Test func notFound() {
        var app = app()
        KeyScript.send("<Enter> / 火 星", to: &app)
        #expect(SearchPromptView.note(for: app, prompt: app.search.prompt!) == "not found")
        KeyScript.send("<Enter>", to: &app)
        #expect(app.message == "not found: 火星")
        KeyScript.send("n", to: &app)
        #expect(app.message == "not found: 火星")
        #expect(SearchStatusText.suffix(for: app) == " · /火星 not found")
    }

    @Test func backwardSearchStartsFromTheBottomOfTheView() {
        var app = app()
        KeyScript.send("<Enter> \\ 潮 汐", to: &app)
        // The first screen shows blocks 0 to 9: the last match before its bottom is block 6's.
        #expect(app.search.inArticle?.current == 4)
        #expect(app.reader.topLine == 0)
        #expect(SearchPromptView.note(for: app, prompt: app.search.prompt!) == "5/7")
        #expect(app.search.prompt?.label == "\\")  // the key that opened it: ? is help
        KeyScript.send("<Enter> n", to: &app)
        #expect(app.search.inArticle?.current == 3)  // n keeps going backward
        KeyScript.send("N", to: &app)
        #expect(app.search.inArticle?.current == 4)
        #expect(SearchStatusText.suffix(for: app) == " · \\潮汐 5/7")
    }

    @Test func searchWithinOneSpeakersTurns() {
        var app = app()
        KeyScript.send("<Enter> / " + SearchTyping.typed("speaker:Maria 储能") + " <Enter>", to: &app)
        #expect(blocks(app) == [14])
        #expect(app.search.inArticle?.matches.first?.speaker == 1)
    }

    @Test func dialogueViewSearchesOnlyShownTurns() {
        var app = app()
        KeyScript.send("<Enter> d / 潮 汐 <Enter>", to: &app)
        #expect(app.focus == .dialogue)
        #expect(app.dialogue.cursor == 0)
        #expect(SearchStatusText.suffix(for: app) == " · /潮汐 1/2")
        KeyScript.send("n", to: &app)
        #expect(app.dialogue.cursor == 6)
        #expect(SearchStatusText.suffix(for: app) == " · /潮汐 2/2")
        // Hide the guest (speaker 4 in the filter): only the host's turn is left to go to.
        KeyScript.send("s j j j <Space> <Enter>", to: &app)
        #expect(app.dialogue.shownSpeakers == [0, 1, 2])
        KeyScript.send("n", to: &app)
        #expect(app.dialogue.cursor == 0)
        #expect(SearchStatusText.suffix(for: app) == " · /潮汐 1/1")
    }

    @Test func dialogueViewHighlightsTheMatchesOfTheTurnsItShows() {
        var app = app()
        KeyScript.send("<Enter> d / 潮 汐 <Enter>", to: &app)
        var screen = ScreenRenderer().render(app)
        // The host's first turn (row 1) is current; the guest's turn (row 16) has the other match.
        #expect(runs(in: screen, style: Styles.standard.currentSearchMatch) == ["43,1 潮汐"])
        #expect(runs(in: screen, style: Styles.standard.searchMatch) == ["54,16 潮汐"])
        KeyScript.send("n", to: &app)
        screen = ScreenRenderer().render(app)
        #expect(app.dialogue.cursor == 6)
        #expect(app.dialogue.topLine == 0)  // the guest's turn was on screen already
        #expect(runs(in: screen, style: Styles.standard.currentSearchMatch) == ["54,16 潮汐"])
        #expect(runs(in: screen, style: Styles.standard.searchMatch) == ["43,1 潮汐"])
    }

    @Test func nInAnotherArticleSearchesItForTheSameText() {
        var app = app()
        KeyScript.send("<Enter> / 储 能 <Enter> h j j <Enter> n", to: &app)  // the panel
        #expect(app.reader.article == 3)
        #expect(app.search.inArticle?.article == 3)
        #expect(blocks(app) == [1])
        #expect(SearchStatusText.suffix(for: app) == " · /储能 1/1")
    }

    @Test func aSpeakersNameIsNotFoundInTheLabelsOfTheirTurns() {
        var app = app()
        // The lede, a key point and the host's "Maria?"; not the "Maria Keller:" of her six turns.
        KeyScript.send("<Enter> / M a r i a <Enter>", to: &app)
        #expect(blocks(app) == [0, 3, 21])
        #expect(app.search.inArticle?.matches.map(\.speaker) == [nil, nil, 0])
        // Her turns are what speaker: is for.
        KeyScript.send("/ " + SearchTyping.typed("speaker:Maria the") + " <Enter>", to: &app)
        #expect(blocks(app) == [18, 18, 22])
    }

    @Test func matchesAreDrawnAsDecorations() {
        var app = app()
        KeyScript.send("<Enter> / 潮 汐 <Enter> n", to: &app)
        let decorations = app.decorations(forArticle: 1)
        #expect(decorations.decorations(inBlock: 0).map(\.kind) == [.currentMatch])
        #expect(decorations.decorations(inBlock: 2).map(\.kind) == [.match])
        // The title's match, addressed as its header line's block; "海边的电站：一场关于" is 30 bytes.
        #expect(decorations.decorations(inBlock: -4).map(\.range) == [30..<36])
        #expect(decorations.decorations(inBlock: 20).map(\.range) == [app.search.inArticle!.matches[6].range])
        #expect(app.decorations(forArticle: 0).isEmpty)
    }

    @Test func aFrameAsksOnlyForTheMatchesInTheBlocksOnScreen() throws {
        var app = app()
        KeyScript.send("<Enter> / 潮 汐 <Enter>", to: &app)
        let all = try #require(app.search.inArticle?.matches)
        let wanted = 1...20
        let onScreen = app.searchDecorations(forArticle: 1, blocks: wanted)
        #expect(onScreen.map(\.block) == all.filter { wanted.contains($0.block) }.map(\.block))
        #expect(onScreen.map(\.range) == all.filter { wanted.contains($0.block) }.map(\.range))
        #expect(onScreen.count < all.count)  // block 0's match is off screen
        #expect(app.searchDecorations(forArticle: 1, blocks: 1000...1001).isEmpty)
        #expect(app.searchDecorations(forArticle: 1).count == all.count)
    }
}
