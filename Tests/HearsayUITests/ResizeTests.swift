import HearsayModel
import HearsayTesting
import Testing

@testable import HearsayUI

@Suite struct ResizeTests {
    @Test func aResizeKeepsTheSameTextOnTop() throws {
        var app = AppState(corpus: UIFixtures.corpus, size: ScreenSize(width: 140, height: 40))
        KeyScript.send("<Enter> <C-d>", to: &app)
        let anchor = try #require(app.reader.anchor)
        KeyScript.send("", to: &app)
        _ = app.update(.resize(ScreenSize(width: 80, height: 24)))
        let narrow = try #require(app.reader.layout)
        #expect(app.reader.topLine == narrow.lineIndex(containing: anchor))
        _ = app.update(.resize(ScreenSize(width: 140, height: 40)))
        let wide = try #require(app.reader.layout)
        #expect(app.reader.topLine == wide.lineIndex(containing: anchor))
    }

    @Test func tooSmallShowsAMessageAndGrowingBackRestores() {
        var app = AppState(corpus: UIFixtures.corpus, size: ScreenSize(width: 80, height: 24))
        KeyScript.send("<Enter> d j j", to: &app)
        let before = ScreenRenderer().render(app).plainText
        _ = app.update(.resize(ScreenSize(width: 30, height: 8)))
        let small = ScreenRenderer().render(app)
        #expect(small.rows == ["", "", "      Terminal too small", "       30x8, need 40x10", "      q or Ctrl-C quits", "", "", ""])
        _ = app.update(.resize(ScreenSize(width: 80, height: 24)))
        #expect(ScreenRenderer().render(app).plainText == before)
        #expect(app.focus == .dialogue && app.dialogue.cursor == 2)
    }

    @Test func tinyAndEmptyTerminalsDoNotCrash() {
        var app = AppState(corpus: UIFixtures.corpus, size: ScreenSize(width: 80, height: 24))
        KeyScript.send("<Enter> d s", to: &app)
        for size in [
            ScreenSize(width: 0, height: 0), ScreenSize(width: 1, height: 1), ScreenSize(width: 40, height: 10),
            ScreenSize(width: 39, height: 30), ScreenSize(width: 300, height: 3),
        ] {
            _ = app.update(.resize(size))
            let screen = ScreenRenderer().render(app)
            #expect(screen.size == size)
        }
    }

    @Test func splitLayoutAtOneHundredColumns() {
        let wide = ScreenLayout(size: ScreenSize(width: 140, height: 40), focus: .list)
        #expect(wide.separatorColumn == 46 && wide.list?.width == 46 && wide.reader?.x == 47 && wide.reader?.width == 93)
        let narrow = ScreenLayout(size: ScreenSize(width: 99, height: 40), focus: .reader)
        #expect(narrow.separatorColumn == nil && narrow.list == nil && narrow.reader?.width == 99)
    }
}
