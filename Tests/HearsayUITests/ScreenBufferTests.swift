import HearsayTheme
import HearsayUI
import Testing

@Suite struct ScreenBufferTests {
    @Test func wideCharactersTakeTwoCellsWithAContinuation() {
        var buffer = ScreenBuffer(size: ScreenSize(width: 6, height: 1))
        let end = buffer.write("a中b", x: 0, y: 0, style: .plain)
        #expect(end == 4)
        #expect(buffer[0, 0].text == "a")
        #expect(buffer[1, 0].text == "中" && buffer[1, 0].width == 2)
        #expect(buffer[2, 0].isContinuation)
        #expect(buffer[3, 0].text == "b")
        #expect(buffer.rowText(0) == "a中b")
    }

    @Test func aWideCharacterThatDoesNotFitIsNotDrawnHalf() {
        var buffer = ScreenBuffer(size: ScreenSize(width: 5, height: 1))
        let end = buffer.write("ab中文", x: 0, y: 0, style: .plain)
        #expect(end == 4)
        #expect(buffer.rowText(0) == "ab中")
        #expect(buffer[4, 0].text == " " && !buffer[4, 0].isContinuation)
    }

    @Test func overwritingHalfOfAWideCharacterBlanksTheOtherHalf() {
        var buffer = ScreenBuffer(size: ScreenSize(width: 4, height: 1))
        buffer.write("中文", x: 0, y: 0, style: .plain)
        buffer.write("x", x: 1, y: 0, style: .plain)
        #expect(buffer.rowText(0) == " x文")
        buffer.write("y", x: 2, y: 0, style: .plain)
        #expect(buffer.rowText(0) == " xy")
        #expect(buffer[3, 0].text == " " && buffer[3, 0].width == 1)
    }

    @Test func drawingAWideCharacterAgainInPlaceKeepsIt() {
        var buffer = ScreenBuffer(size: ScreenSize(width: 6, height: 1))
        buffer.write("周凯说", x: 0, y: 0, style: .plain)
        buffer.write("周凯", x: 0, y: 0, style: .plain)
        #expect(buffer.rowText(0) == "周凯说")
        #expect(buffer[0, 0].text == "周" && buffer[0, 0].width == 2 && buffer[1, 0].isContinuation)
        // One column on, the wide characters under it are cut and blanked, as before.
        buffer.write("文", x: 1, y: 0, style: .plain)
        #expect(buffer.rowText(0) == " 文 说")
    }

    @Test func combiningMarksStayInTheirBaseCell() {
        var buffer = ScreenBuffer(size: ScreenSize(width: 4, height: 1))
        let end = buffer.write("e\u{301}x", x: 0, y: 0, style: .plain)
        #expect(end == 2)
        #expect(buffer[0, 0].text == "e\u{301}")
    }

    @Test func aCellKeepsFourMarksAsACursesCellDoes() {
        var buffer = ScreenBuffer(size: ScreenSize(width: 3, height: 1))
        // a + five combining marks: the fifth is dropped, as cchar_t (CCHARW_MAX 5) would.
        buffer.write("a\u{300}\u{301}\u{302}\u{303}\u{304}b", x: 0, y: 0, style: .plain)
        #expect(buffer[0, 0].glyph.scalars.map(\.value) == [0x61, 0x300, 0x301, 0x302, 0x303])
        #expect(buffer[0, 0].text == "a\u{300}\u{301}\u{302}\u{303}")
        #expect(buffer[1, 0].text == "b")
        #expect(Cell.continuation(.plain).glyph.scalars.isEmpty)
    }

    @Test func cellsArePlainDataSoScreensCopyWithoutReferenceCounting() {
        // Filling, copying and diffing 12,000 cells a frame relies on this (Benchmarks/FRAME.md).
        #expect(_isPOD(Cell.self))
    }

    @Test func controlCharactersNeverReachACell() {
        var buffer = ScreenBuffer(size: ScreenSize(width: 6, height: 1))
        buffer.write("a\u{1B}[2Jb", x: 0, y: 0, style: .plain)
        #expect(buffer[1, 0].text == "␛")  // DisplaySafety's control picture for ESC
        #expect(!buffer.cells.contains { $0.text.unicodeScalars.contains { $0.value == 0x1B } })
    }

    @Test func truncationCutsAtAColumnBoundaryWithAnEllipsis() {
        var buffer = ScreenBuffer(size: ScreenSize(width: 10, height: 1))
        buffer.writeTruncated("海边的电站很长", x: 0, y: 0, width: 6, style: .plain, ellipsis: "…")
        // 6 columns: two ideographs (4) + ellipsis (1), the third would need 2 more.
        #expect(buffer.rowText(0) == "海边…")
        buffer.fill(buffer.bounds, style: .plain)
        buffer.writeTruncated("海边的电站很长", x: 0, y: 0, width: 7, style: .plain, ellipsis: "…")
        #expect(buffer.rowText(0) == "海边的…")
        buffer.fill(buffer.bounds, style: .plain)
        buffer.writeTruncated("海边", x: 0, y: 0, width: 4, style: .plain, ellipsis: "…")
        #expect(buffer.rowText(0) == "海边")
    }

    @Test func columnOfFindsDisplayColumnsNotCharacterCounts() {
        var buffer = ScreenBuffer(size: ScreenSize(width: 20, height: 1))
        buffer.write("中文 Maria", x: 2, y: 0, style: .plain)
        #expect(buffer.column(of: "Maria", inRow: 0) == 7)
    }

    @Test func styleMapNamesStylesByFirstAppearance() {
        var buffer = ScreenBuffer(size: ScreenSize(width: 4, height: 2))
        let bold = TerminalStyle(attributes: [.bold])
        buffer.write("ab", x: 1, y: 0, style: bold)
        let map = buffer.styleMap()
        #expect(map.map == ".AA.\n....")
        #expect(map.legend.count == 1 && map.legend[0].style == bold)
    }
}

@Suite struct ScreenChangesTests {
    @Test func noPreviousFrameMeansEveryCellButContinuations() {
        var buffer = ScreenBuffer(size: ScreenSize(width: 3, height: 1))
        buffer.write("中a", x: 0, y: 0, style: .plain)
        let changes = buffer.changes(since: nil)
        #expect(changes.map(\.x) == [0, 2])
    }

    @Test func onlyChangedCellsAreListed() {
        var old = ScreenBuffer(size: ScreenSize(width: 5, height: 2))
        old.write("hello", x: 0, y: 0, style: .plain)
        var new = old
        new.write("J", x: 0, y: 1, style: .plain)
        new.write("y", x: 4, y: 0, style: .plain)
        #expect(new.changes(since: old).map { [$0.x, $0.y] } == [[4, 0], [0, 1]])
    }

    @Test func replacingAWideCharacterRedrawsTheCellItCovered() {
        // ratatui's case: previous `コ` over columns 0-1, next `aa`: both columns are drawn.
        var old = ScreenBuffer(size: ScreenSize(width: 3, height: 1))
        old.write("中", x: 0, y: 0, style: .plain)
        var new = ScreenBuffer(size: ScreenSize(width: 3, height: 1))
        new.write("aa", x: 0, y: 0, style: .plain)
        #expect(new.changes(since: old).map(\.x) == [0, 1])
    }

    @Test func aNewWideCharacterSkipsItsContinuation() {
        var old = ScreenBuffer(size: ScreenSize(width: 3, height: 1))
        old.write("aaa", x: 0, y: 0, style: .plain)
        var new = old
        new.write("中", x: 1, y: 0, style: .plain)
        #expect(new.changes(since: old).map(\.x) == [1])
    }

    @Test func aSizeChangeRedrawsEverything() {
        let old = ScreenBuffer(size: ScreenSize(width: 2, height: 1))
        let new = ScreenBuffer(size: ScreenSize(width: 3, height: 1))
        #expect(new.changes(since: old).count == 3)
    }
}

/// `fill` stores the inside of a row directly; its edges still keep wide characters whole.
struct ScreenBufferFillTests {
    @Test func fillingAcrossWideCharactersBlanksTheirOtherHalvesOutsideTheRect() {
        var buffer = ScreenBuffer(size: ScreenSize(width: 8, height: 1))
        buffer.write("一二三四", x: 0, y: 0, style: .plain)
        // Columns 1...4 cut 一 (0-1) and 三 (4-5) in two: both go, 二 goes, 四 stays.
        buffer.fill(Rect(x: 1, y: 0, width: 4, height: 1), style: .plain)
        #expect(buffer.rowText(0) == "      四")
        #expect((0..<8).map { buffer[$0, 0].width } == [1, 1, 1, 1, 1, 1, 2, 0])
    }

    @Test func fillingNarrowRectsUsesTheEdgePath() {
        var buffer = ScreenBuffer(size: ScreenSize(width: 4, height: 2))
        buffer.write("一二", x: 0, y: 0, style: .plain)
        buffer.write("一二", x: 0, y: 1, style: .plain)
        buffer.fill(Rect(x: 1, y: 0, width: 1, height: 1), style: .plain)
        buffer.fill(Rect(x: 1, y: 1, width: 2, height: 1), style: .plain)
        #expect(buffer.rows == ["  二", ""])
    }

    /// VS16 never reaches the terminal: the heart and the keycap take one column each, as glibc
    /// counts them, and the text after them stays where the layout put it.
    @Test func emojiPresentationSelectorsAreNotDrawn() {
        var buffer = ScreenBuffer(size: ScreenSize(width: 10, height: 1))
        let end = buffer.write("\u{2764}\u{FE0F}1\u{FE0F}\u{20E3}茶x", x: 0, y: 0, style: TerminalStyle())
        #expect(end == 5)
        #expect(buffer[0, 0].text == "\u{2764}" && buffer[1, 0].text == "1\u{20E3}" && buffer[2, 0].text == "茶" && buffer[4, 0].text == "x")
        #expect(!buffer.rows[0].unicodeScalars.contains("\u{FE0F}"))
    }
}
