import HearsayLayout
import HearsayText
import Testing

struct TextRenderingTests {
    @Test func plainAndANSI() {
        let line = LayoutLine(indent: 2, runs: [
            StyledRun(text: "Ann", style: TextStyle(role: .speaker(1), emphasis: .bold), source: 0..<3, width: 3),
            StyledRun(text: ": 你好", style: .body, source: 3..<11, width: 6),
        ], block: 0, turn: 0)
        #expect(TextRendering.plain(line) == "  Ann: 你好")
        #expect(TextRendering.ansi(line) == "  \u{1B}[1;32mAnn\u{1B}[0m: 你好")
        #expect(TextRendering.plain(.blank) == "")
    }

    @Test func articleTextCannotSendEscapes() {
        let article = SampleArticles.block(.paragraph, "红色\u{1B}[31m文字\u{1B}]0;标题\u{7}")
        let layout = ArticleLayout(article: .init(id: "x", format: .markdown, title: "\u{1B}[2J标题", blocks: [article]), width: 40)
        let output = (0..<layout.lineCount).map { TextRendering.ansi(layout.line($0)) }.joined(separator: "\n")
        // The only escapes are our own SGR sequences: ESC [ digits/semicolons m.
        for piece in output.components(separatedBy: "\u{1B}").dropFirst() {
            let sequence = piece.prefix { $0 != "m" }
            #expect(piece.hasPrefix("[") && sequence.dropFirst().allSatisfy { $0.isASCII && ($0.isNumber || $0 == ";") })
        }
        #expect(TextRendering.plain(layout.line(0)) == "␛[2J标题")
        #expect(TextRendering.plain(layout.line(2)) == "红色␛[31m文字␛]0;标题␇")
        #expect(!output.contains("\u{7}"))
    }
}
