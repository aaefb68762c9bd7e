import HearsayLayout
import HearsayModel
import HearsayTesting
import HearsayText
import HearsayTheme
import Testing

@testable import HearsayUI

/// `hearsay show`'s styled output: the reader's styles, as SGR, on the terminal's background.
@Suite struct StreamRenderingTests {
    static let styles = Styles(theme: ThemeCatalog.defaultTheme, depth: .colors256)

    @Test func plainWithoutStyles() {
        let layout = ArticleLayout(article: UIFixtures.interview, width: 40, mode: .dialogue(speakers: nil))
        #expect(
            StreamRendering(styles: nil).render(layout.line(0), article: UIFixtures.interview)
                == "主持人林晓: 欢迎两位。我们先从成本说起：")
    }

    /// Each run in the colours the reader draws it in: a speaker in that person's colour (the
    /// same slot as on screen), the body without the page's background.
    @Test func eachRunInTheReadersStyle() {
        let article = UIFixtures.interview
        let layout = ArticleLayout(article: article, width: 40, mode: .dialogue(speakers: nil))
        let line = layout.line(0)
        var expected = String(repeating: " ", count: line.indent)
        for run in line.runs {
            var style = Self.styles.style(of: run.style, in: article)
            #expect(style.background == Self.styles.screen.background || style.background == .default)
            style.background = .default
            expected += ANSIEscapes.styled(run.text, style)
        }
        let rendered = StreamRendering(styles: Self.styles).render(line, article: article)
        #expect(rendered == expected)
    }

    @Test func articleTextCannotSendEscapes() {
        let block = Block(kind: .paragraph, plain: "红色\u{1B}[31m文字\u{1B}]0;标题\u{7}")
        let article = Article(id: "x", format: .markdown, title: "\u{1B}[2J标题", blocks: [block])
        let layout = ArticleLayout(article: article, width: 40)
        let output = (0..<layout.lineCount).map { StreamRendering(styles: Self.styles).render(layout.line($0), article: article) }
            .joined(separator: "\n")
        // The only escapes are our own SGR sequences: ESC [ digits/semicolons m.
        for piece in output.components(separatedBy: "\u{1B}").dropFirst() {
            let sequence = piece.prefix { $0 != "m" }
            #expect(piece.hasPrefix("[") && sequence.dropFirst().allSatisfy { $0.isASCII && ($0.isNumber || $0 == ";") })
        }
        #expect(output.contains("␛[2J标题") && output.contains("红色␛[31m文字␛]0;标题␇"))
        #expect(!output.contains("\u{7}"))
    }
}
