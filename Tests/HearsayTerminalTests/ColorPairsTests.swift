import HearsayTheme
import Testing

@testable import HearsayTerminal

/// Colour pairs and palette entries as they are numbered for each way of showing colour, with
/// the curses calls recorded instead of made.
@Suite struct ColorPairsTests {
    final class Recorder: @unchecked Sendable {
        var pairs: [[Int32]] = []
        var curses: ColorPairs.Curses {
            ColorPairs.Curses(definePair: { self.pairs.append([$0, $1, $2]) })
        }
    }

    static func style(_ foreground: TerminalColor, _ background: TerminalColor) -> TerminalStyle {
        TerminalStyle(foreground: foreground, background: background)
    }

    @Test func onePairPerColorCombinationInOrderOfFirstUse() {
        let recorder = Recorder()
        var pairs = ColorPairs(output: .palette(.colors256), maximumPairs: 256, curses: recorder.curses)
        #expect(pairs.pair(for: Self.style(.default, .default)) == 0, "the terminal's own colours: pair 0")
        #expect(pairs.pair(for: Self.style(.indexed(1), .default)) == 1)
        #expect(pairs.pair(for: Self.style(.indexed(2), .indexed(0))) == 2)
        #expect(pairs.pair(for: Self.style(.indexed(1), .default)) == 1, "defined once")
        #expect(recorder.pairs == [[1, 1, -1], [2, 2, 0]])
    }

    @Test func rgbIsMappedToThePaletteAtItsDepth() {
        let recorder = Recorder()
        var pairs = ColorPairs(output: .palette(.colors256), maximumPairs: 256, curses: recorder.curses)
        _ = pairs.pair(for: Self.style(.rgb(255, 0, 0), .rgb(0, 0, 0)))
        #expect(recorder.pairs == [[1, 196, 16]])
    }

    @Test func runningOutOfPairsFallsBackToTheDefault() {
        let recorder = Recorder()
        var pairs = ColorPairs(output: .palette(.colors256), maximumPairs: 3, curses: recorder.curses)
        #expect((1...4).map { pairs.pair(for: Self.style(.indexed(UInt8($0)), .default)) } == [1, 2, 0, 0])
        #expect(recorder.pairs.count == 2)
    }

    @Test func noColorUsesPairZeroAndDefinesNothing() {
        let recorder = Recorder()
        var pairs = ColorPairs(output: .none, maximumPairs: 256, curses: recorder.curses)
        #expect(pairs.pair(for: Self.style(.rgb(1, 2, 3), .indexed(4))) == 0)
        #expect(recorder.pairs.isEmpty)
    }

    @Test func directColorPacksRGBAndKeepsItAboveThePalette() {
        let recorder = Recorder()
        var pairs = ColorPairs(output: .direct(paletteSize: 8), maximumPairs: 1 << 15, curses: recorder.curses)
        _ = pairs.pair(for: Self.style(.rgb(0x12, 0x34, 0x56), .rgb(0, 0, 0x80)))
        _ = pairs.pair(for: Self.style(.indexed(3), .indexed(200)))
        // Pure dark blue 0x000080 would read as palette entry 128: green 1 is added.
        // Palette entries at or above the palette size go as their RGB.
        let entry200 = XtermPalette.rgb(forIndex: 200)
        let packed200 = Int32(entry200.red) << 16 | Int32(entry200.green) << 8 | Int32(entry200.blue)
        #expect(recorder.pairs == [[1, 0x123456, 0x000180], [2, 3, packed200]])
    }

    /// COLORTERM=truecolor on a 256-colour description (no direct-colour terminfo): the user's
    /// palette stays as it is; RGB goes to the nearest of the 256 standard colours.
    @Test func trueColorWithoutADirectDescriptionUsesTheNearestOf256() {
        let environment = ["COLORTERM": "truecolor", "TERM": "xterm-256color"]
        #expect(ColorDepth.detect(environment: environment, terminalColors: 256, drawsRGBItself: false) == .colors256)
        let output = TerminalScreen.colorOutput(depth: .trueColor, terminalColors: 256, terminalType: "xterm-256color")
        #expect(output == .palette(.colors256))
        let recorder = Recorder()
        var pairs = ColorPairs(output: output, maximumPairs: 256, curses: recorder.curses)
        _ = pairs.pair(for: Self.style(.rgb(0xff, 0xd7, 0x5f), .rgb(0x30, 0x30, 0x30)))
        #expect(recorder.pairs == [[1, 221, 236]])
    }
}
