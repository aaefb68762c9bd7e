import HearsayTesting
import HearsayTheme
import Testing

@testable import HearsayUI

/// Overlay boxes (help, speaker filter) blank the cells under them and a one-cell margin
/// around them inside their pane, so no stray text sits against a border, and never leave half
/// a wide character. Their frames are box-drawing lines (ASCII with the ASCII glyph set).
@Suite struct OverlayBoxTests {
    @Test func rectanglesThatDoNotMeetIntersectInAnEmptyOne() {
        let a = Rect(x: 0, y: 0, width: 4, height: 3), b = Rect(x: 6, y: 5, width: 2, height: 2)
        #expect(a.intersection(b).width == 0 && a.intersection(b).height == 0)
        #expect(a.intersection(Rect(x: 2, y: 1, width: 5, height: 5)) == Rect(x: 2, y: 1, width: 2, height: 2))
    }

    @Test func aWideCharacterCutByTheMarginBecomesABlank() {
        var buffer = ScreenBuffer(size: ScreenSize(width: 12, height: 5))
        for y in 0..<5 { buffer.write("字字字字字字", x: 0, y: y, style: .plain) }
        // Box columns 4–7, margin 3 and 8: the 字 on 2–3 and the one on 8–9 are cut in two.
        OverlayBox.draw(
            Rect(x: 4, y: 1, width: 4, height: 3), title: "", within: buffer.bounds,
            into: &buffer, styles: .standard)
        #expect(buffer.rows == ["字        字", "字  ┌──┐  字", "字  │  │  字", "字  └──┘  字", "字        字"])
        for y in 0..<5 {
            for x in [2, 9] { #expect(buffer[x, y] == .blank(Styles.standard.screen), "cell \(x),\(y) is \(buffer[x, y])") }
        }
    }

    @Test func theMarginIsClippedToTheArea() {
        var buffer = ScreenBuffer(size: ScreenSize(width: 8, height: 5))
        for y in 0..<5 { buffer.write("abcdefgh", x: 0, y: y, style: .plain) }
        OverlayBox.draw(
            Rect(x: 2, y: 1, width: 4, height: 3), title: "", within: Rect(x: 0, y: 1, width: 8, height: 3),
            into: &buffer, styles: .standard)
        #expect(buffer.rows == ["abcdefgh", "a ┌──┐ h", "a │  │ h", "a └──┘ h", "abcdefgh"])
    }

    @Test func theASCIIGlyphSetFramesWithPlusMinusAndBar() {
        var buffer = ScreenBuffer(size: ScreenSize(width: 8, height: 5))
        OverlayBox.draw(
            Rect(x: 2, y: 1, width: 4, height: 3), title: "", within: buffer.bounds,
            into: &buffer, styles: Styles.standard.withASCIIGlyphs())
        #expect(buffer.rows == ["", "  +--+", "  |  |", "  +--+", ""])
    }

    /// At 80×24 the help box spans columns 2–77 of the dialogue view, whose text runs to column
    /// 78: columns 1 and 78 stay blank on every row of the box.
    @Test func nothingShowsRightBesideTheHelpBox() {
        var app = AppState(corpus: UIFixtures.corpus, size: ScreenSize(width: 80, height: 24))
        KeyScript.send("<Enter> d ?", to: &app)
        let screen = ScreenRenderer().render(app)
        for y in 1..<23 {
            #expect(screen[1, y].text == " " && screen[78, y].text == " ", "row \(y): \(screen.rowText(y))")
            let (left, right) = y == 1 ? ("┌", "┐") : y == 22 ? ("└", "┘") : ("│", "│")
            #expect(screen[2, y].text == left && screen[77, y].text == right)
        }
        // Without the overlay the dialogue's text does reach column 78 on some rows.
        KeyScript.send("q", to: &app)
        let plain = ScreenRenderer().render(app)
        #expect((1..<23).contains { plain[78, $0].text != " " || plain[78, $0].isContinuation })
    }

    @Test func theSpeakerFilterBoxHasABlankMarginToo() {
        var app = AppState(corpus: UIFixtures.corpus, size: ScreenSize(width: 80, height: 24))
        KeyScript.send("<Enter> d s", to: &app)
        let screen = ScreenRenderer().render(app)
        let box = SpeakerFilterView.box(speakerCount: 4, in: app.screenLayout.reader!)
        #expect(box == Rect(x: 15, y: 9, width: 50, height: 6))
        for y in 8...15 {
            #expect(screen[14, y] == .blank(Styles.standard.screen) && screen[65, y] == .blank(Styles.standard.screen), "row \(y)")
        }
        for x in 14...65 {
            #expect(screen[x, 8] == .blank(Styles.standard.screen) && screen[x, 15] == .blank(Styles.standard.screen), "column \(x)")
        }
    }

    /// At 140×40 the dialogue pane is columns 47–139: the box is centred on it, and the list
    /// and the separator at column 46 are drawn on every row as without the box.
    @Test func theSpeakerFilterLeavesTheListAndSeparatorWhole() {
        var app = AppState(corpus: UIFixtures.corpus, size: ScreenSize(width: 140, height: 40))
        KeyScript.send("<Enter> d", to: &app)
        let without = ScreenRenderer().render(app)
        KeyScript.send("s", to: &app)
        let screen = ScreenRenderer().render(app)
        #expect(SpeakerFilterView.box(speakerCount: 4, in: app.screenLayout.reader!) == Rect(x: 68, y: 17, width: 50, height: 6))
        for y in 1..<39 {
            for x in 0...46 { #expect(screen[x, y] == without[x, y], "cell \(x),\(y)") }
        }
        #expect((67...69).map { screen[$0, 17].text } == [" ", "┌", "─"] && screen[117, 17].text == "┐")
        #expect((67...69).map { screen[$0, 22].text } == [" ", "└", "─"] && screen[117, 22].text == "┘")
    }

    /// Each speaker's name in that person's colour on the box's background, reversed on the cursor row.
    @Test func speakerChipsSitOnTheBoxBackground() {
        var app = AppState(corpus: UIFixtures.corpus, size: ScreenSize(width: 80, height: 24))
        KeyScript.send("<Enter> d j s", to: &app)
        let screen = ScreenRenderer().render(app)
        let styles = Styles.standard
        let article = UIFixtures.interview
        for (index, y) in (10...13).enumerated() {
            let cell = screen[25, y]
            var expected = styles.speakers[styles.speakerSlot(forSpeakerAt: index, in: article) % styles.speakers.count]
            expected.background = styles.helpBox.background
            if index == 1 { expected.attributes.insert(.reverse) }
            #expect(cell.style == expected, "row \(y): \(screen.rowText(y))")
        }
    }
}
