import Foundation
import HearsayModel
import HearsayTesting
import HearsayText
import HearsayTheme
import Testing

@testable import HearsayUI

/// Notes show while reading, and a new highlight's colour shows under the cursor (issue 18 item 5).
struct HighlightNoteVisibilityTests {
    func app() -> AppState { HighlightKeyTests().app() }

    /// The row showing the start of the lede, and the column where the lede starts.
    func ledeRow(_ screen: ScreenBuffer) throws -> (y: Int, x: Int) {
        let y = try #require(screen.rows.firstIndex { $0.contains("本期节目") })
        return (y, try #require(screen.column(of: "本期节目", inRow: y)))
    }

    @Test func aNotedHighlightHasAMarkerAfterTheLineItEndsOn() throws {
        var app = app()
        KeyScript.send("<Enter> ) m", to: &app)
        let plain = ScreenRenderer().render(app)
        let (y, _) = try ledeRow(plain)
        #expect(!plain.rows[y].contains("✎"), "no note, no marker")
        KeyScript.send("a 潮 <Enter> <Esc>", to: &app)
        let screen = ScreenRenderer().render(app)
        #expect(screen.rows[y] == plain.rows[y] + "✎", "the marker follows the line's text: \(screen.rows[y])")
        let marker = screen[DisplayWidth.of(screen.rows[y]) - 1, y]
        #expect(marker.style.background == Styles.standard.highlights[0], "in the highlight's colour")
        #expect(screen.rows[y + 1] == plain.rows[y + 1], "only the line where it ends")
    }

    @Test func theAsciiMarkerIsAnAsterisk() throws {
        var app = app()
        KeyScript.send("<Enter> ) m a 潮 <Enter> <Esc>", to: &app)
        let screen = ScreenRenderer(styles: Styles.standard.withASCIIGlyphs()).render(app)
        let (y, _) = try ledeRow(screen)
        #expect(screen.rows[y].hasSuffix("*"))
    }

    @Test func theNoteShowsInTheStatusBarWhileTheCursorIsOnIt() {
        var app = app()
        KeyScript.send("<Enter> ) m a 潮 汐 <Enter>", to: &app)
        #expect(ScreenRenderer().render(app).rows[23].hasSuffix("note saved"), "a message comes first")
        KeyScript.send(") (", to: &app)
        #expect(ScreenRenderer().render(app).rows[23].hasSuffix("✎ 潮汐"))
        KeyScript.send(")", to: &app)
        #expect(!ScreenRenderer().render(app).rows[23].contains("潮汐"), "not on another sentence")
    }

    @Test func theCursorOverANewHighlightKeepsItsColour() throws {
        var app = app()
        KeyScript.send("<Enter> )", to: &app)
        let before = ScreenRenderer().render(app)
        let (y, x) = try ledeRow(before)
        #expect(before[x, y].style.attributes.contains(.reverse), "the cursor alone is reversed")
        for (keys, color) in [("m", 0), ("m", 1), ("5", 4)] {
            KeyScript.send(keys, to: &app)
            let style = ScreenRenderer().render(app)[x, y].style
            #expect(style.background == Styles.standard.highlights[color])
            #expect(!style.attributes.contains(.reverse))
            #expect(style.attributes.isSuperset(of: [.underline, .bold]), "still marked as the cursor")
        }
        KeyScript.send("<Esc>", to: &app)
        let left = ScreenRenderer().render(app)[x, y].style
        #expect(left.background == Styles.standard.highlights[4] && !left.attributes.contains(.bold))
    }

    @Test func withoutHighlightColoursTheCursorIsReversed() {
        var styles = Styles.standard
        styles.highlights = []
        #expect(!styles.cursorKeepsHighlight(TextOverlay(highlight: 1, selected: true)))
        #expect(Styles.standard.cursorKeepsHighlight(TextOverlay(highlight: 1, selected: true)))
        #expect(!Styles.standard.cursorKeepsHighlight(TextOverlay(highlight: 1, match: .current, selected: true)))
    }
}
