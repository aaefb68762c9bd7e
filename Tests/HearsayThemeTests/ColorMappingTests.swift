import Testing

@testable import HearsayTheme

/// Expected values were computed independently with Python's colour-science 0.4.7
/// (`colour.sRGB_to_XYZ` → `colour.XYZ_to_Lab` with D65 → `colour.delta_E(method="CIE 2000")`,
/// argmin over the xterm palette: 16–255 for 256 colours, 0–15 and 0–7 with xterm's default
/// ANSI values); in short:
///
///     ansi = [xterm defaults 000000 cd0000 00cd00 cdcd00 0000ee cd00cd 00cdcd e5e5e5
///             7f7f7f ff0000 00ff00 ffff00 5c5cff ff00ff 00ffff ffffff]
///     palette = ansi + [(r,g,b) for r,g,b in cube(0,95,135,175,215,255)] + [(8+10i,)*3 for i<24]
///     nearest(rgb, lo, hi) = lo + argmin(delta_E(Lab(rgb), Lab(palette[lo...hi]), "CIE 2000"))
struct ColorMappingTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var hex: String
        var nearest256: UInt8
        var nearest16: UInt8
        var nearest8: UInt8
        var testDescription: String { hex }
    }

    static let table: [Case] = [
        Case(hex: "#ff0000", nearest256: 196, nearest16: 9, nearest8: 1),
        Case(hex: "#00ff00", nearest256: 46, nearest16: 10, nearest8: 2),
        Case(hex: "#0000ff", nearest256: 21, nearest16: 4, nearest8: 4),
        Case(hex: "#808080", nearest256: 244, nearest16: 8, nearest8: 7),
        Case(hex: "#ffa500", nearest256: 214, nearest16: 3, nearest8: 3),
        Case(hex: "#6a5acd", nearest256: 62, nearest16: 12, nearest8: 4),
        Case(hex: "#d2691e", nearest256: 166, nearest16: 9, nearest8: 1),
        Case(hex: "#2aa198", nearest256: 37, nearest16: 6, nearest8: 6),
        Case(hex: "#002b36", nearest256: 235, nearest16: 0, nearest8: 0),
        Case(hex: "#fdf6e3", nearest256: 230, nearest16: 15, nearest8: 7),
        Case(hex: "#268bd2", nearest256: 32, nearest16: 12, nearest8: 6),
        Case(hex: "#b58900", nearest256: 136, nearest16: 3, nearest8: 3),
        Case(hex: "#dc322f", nearest256: 160, nearest16: 1, nearest8: 1),
        Case(hex: "#123456", nearest256: 24, nearest16: 4, nearest8: 4),
        Case(hex: "#c0c0c0", nearest256: 250, nearest16: 7, nearest8: 7),
        Case(hex: "#5fafd7", nearest256: 74, nearest16: 6, nearest8: 6),
        Case(hex: "#eeeeee", nearest256: 255, nearest16: 7, nearest8: 7),
        Case(hex: "#ff00ff", nearest256: 201, nearest16: 13, nearest8: 5),
        Case(hex: "#000000", nearest256: 16, nearest16: 0, nearest8: 0),
        Case(hex: "#ffffff", nearest256: 231, nearest16: 15, nearest8: 7),
        Case(hex: "#87d787", nearest256: 114, nearest16: 2, nearest8: 2),
        Case(hex: "#ffd75f", nearest256: 221, nearest16: 3, nearest8: 3),
        Case(hex: "#303030", nearest256: 236, nearest16: 0, nearest8: 0),
        Case(hex: "#d33682", nearest256: 162, nearest16: 5, nearest8: 5),
        Case(hex: "#6c71c4", nearest256: 62, nearest16: 12, nearest8: 5),
        Case(hex: "#859900", nearest256: 106, nearest16: 3, nearest8: 3),
        // Greys map to greys among the ANSI colours (by CIEDE2000 alone, at 8 colours #839496
        // and #586e75 would be magenta and #6c6c6c red).
        Case(hex: "#839496", nearest256: 246, nearest16: 8, nearest8: 7),
        Case(hex: "#586e75", nearest256: 242, nearest16: 8, nearest8: 0),
        Case(hex: "#585858", nearest256: 240, nearest16: 8, nearest8: 0),
        Case(hex: "#6c6c6c", nearest256: 242, nearest16: 8, nearest8: 0),
        Case(hex: "#a8a8a8", nearest256: 248, nearest16: 8, nearest8: 7),
    ]

    @Test(arguments: table)
    func nearestPaletteEntries(_ entry: Case) throws {
        let color = try #require(RGBColor(hex: entry.hex))
        #expect(ColorMapper.nearest256(color) == entry.nearest256)
        #expect(ColorMapper.nearest16(color) == entry.nearest16)
        #expect(ColorMapper.nearest8(color) == entry.nearest8)
        #expect(ColorMapper.map(ThemeColor.rgb(color), to: .colors256) == .indexed(entry.nearest256))
        #expect(ColorMapper.map(ThemeColor.rgb(color), to: .colors16) == .indexed(entry.nearest16))
        #expect(ColorMapper.map(ThemeColor.rgb(color), to: .colors8) == .indexed(entry.nearest8))
        #expect(ColorMapper.map(ThemeColor.rgb(color), to: .trueColor) == .rgb(color.red, color.green, color.blue))
        #expect(ColorMapper.map(ThemeColor.rgb(color), to: .none) == .default)
    }

    /// Pairs from the test data of Sharma, Wu & Dalal (2005), "The CIEDE2000 color-difference
    /// formula", with their published ΔE00 (also what colour-science gives).
    @Test(arguments: [
        (50.0, 2.6772, -79.7751, 50.0, 0.0, -82.7485, 2.0425),
        (50.0, 0.0, 0.0, 50.0, -1.0, 2.0, 2.3669),
        (50.0, 2.5, 0.0, 73.0, 25.0, -18.0, 27.1492),
        (50.0, 2.5, 0.0, 50.0, 3.1736, 0.5854, 1.0000),
        (60.2574, -34.0099, 36.2677, 60.4626, -34.1751, 39.4387, 1.2644),
        (22.7233, 20.0904, -46.6940, 23.0331, 14.9730, -42.5619, 2.0373),
    ])
    func ciede2000MatchesPublishedPairs(_ pair: (Double, Double, Double, Double, Double, Double, Double)) {
        let first = LabColor(lightness: pair.0, a: pair.1, b: pair.2)
        let second = LabColor(lightness: pair.3, a: pair.4, b: pair.5)
        #expect(abs(ColorDifference.ciede2000(first, second) - pair.6) < 0.0001)
        #expect(abs(ColorDifference.ciede2000(second, first) - pair.6) < 0.0001)
    }

    @Test func paletteHasXtermValues() {
        #expect(XtermPalette.colors.count == 256)
        #expect(XtermPalette.rgb(forIndex: 16) == RGBColor(0, 0, 0))
        #expect(XtermPalette.rgb(forIndex: 67) == RGBColor(95, 135, 175))
        #expect(XtermPalette.rgb(forIndex: 231) == RGBColor(255, 255, 255))
        #expect(XtermPalette.rgb(forIndex: 232) == RGBColor(8, 8, 8))
        #expect(XtermPalette.rgb(forIndex: 255) == RGBColor(238, 238, 238))
    }

    @Test func cubeAndGreyEntriesMapToThemselves() {
        for index in UInt8(16)...255 {
            #expect(ColorMapper.nearest256(XtermPalette.rgb(forIndex: index)) == index)
        }
    }

    @Test func indexedColorsAtEachDepth() {
        #expect(ColorMapper.map(TerminalColor.indexed(200), to: .trueColor) == .indexed(200))
        #expect(ColorMapper.map(TerminalColor.indexed(200), to: .colors256) == .indexed(200))
        #expect(ColorMapper.map(TerminalColor.indexed(12), to: .colors16) == .indexed(12))
        // 196 is #ff0000: bright red among 16, red among 8.
        #expect(ColorMapper.map(TerminalColor.indexed(196), to: .colors16) == .indexed(9))
        #expect(ColorMapper.map(TerminalColor.indexed(196), to: .colors8) == .indexed(1))
        // Bright ANSI colours keep their hue at 8 colours.
        #expect(ColorMapper.map(TerminalColor.indexed(9), to: .colors8) == .indexed(1))
        #expect(ColorMapper.map(TerminalColor.indexed(15), to: .colors8) == .indexed(7))
        #expect(ColorMapper.map(TerminalColor.indexed(3), to: .none) == .default)
        #expect(ColorMapper.map(TerminalColor.default, to: .colors8) == .default)
    }
}
