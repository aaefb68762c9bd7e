import HearsayLayout
import HearsayText
import Testing

struct TextRenderingTests {
    @Test func plain() {
        let line = LayoutLine(
            indent: 2,
            runs: [
                StyledRun(text: "Ann", style: TextStyle(role: .speaker(1), emphasis: .bold), source: 0..<3, width: 3),
                StyledRun(text: ": 你好", style: .body, source: 3..<11, width: 6),
            ], block: 0, turn: 0)
        #expect(TextRendering.plain(line) == "  Ann: 你好")
        #expect(TextRendering.plain(.blank) == "")
    }
}
