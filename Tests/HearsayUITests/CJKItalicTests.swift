import HearsayLayout
import HearsayModel
import HearsayTesting
import HearsayText
import HearsayTheme
import Testing

@testable import HearsayUI

/// CJK fonts have no italic: the lede and italic spans whose text is mostly CJK are drawn
/// upright, in the reader and in `hearsay show`; Latin italic stays italic.
@Suite struct CJKItalicTests {
    static let styles = Styles(theme: ThemeCatalog.defaultTheme, depth: .colors256)

    /// A Chinese lede ending in English (26 columns of CJK against 15 letters), then a paragraph with an English, a Chinese and a
    /// mixed italic span. At 30 columns the lede's English goes to a line of its own.
    static let article: Article = {
        var builder = FixtureArticleBuilder(id: "tide.md", title: "潮汐", format: .markdown)
        builder.lede("潮汐电站的成本十年降了四成，Maria Keller says.")
        let pieces: [(String, InlineStyle)] = [
            ("他说", .plain), ("tidal power works", .italic), ("，又说", .plain), ("储能昂贵", .italic), ("，", .plain),
            ("电网 grid 也要改", .italic), ("。", .plain),
        ]
        var text = ""
        var spans: [InlineSpan] = []
        for (piece, style) in pieces {
            spans.append(InlineSpan(style: style, range: text.utf8.count..<(text.utf8.count + piece.utf8.count)))
            text += piece
        }
        var article = builder.article
        article.blocks.append(Block(kind: .paragraph, text: text, spans: spans, sourceLine: 0))
        return article
    }()

    @Test func mostlyCJKWeighsEachCJKCharacterAsItsTwoColumns() {
        #expect(CJKItalic.isMostlyCJK("储能昂贵"))
        #expect(CJKItalic.isMostlyCJK("2025年，GDP增长5%。"))  // 3 × 2 columns against 3 letters
        #expect(!CJKItalic.isMostlyCJK("储能 Energy"))  // 4 columns against 6 letters
        #expect(CJKItalic.isMostlyCJK("储能 GDP"))  // 4 against 3
        #expect(!CJKItalic.isMostlyCJK("能 GD"))  // a tie is not mostly CJK
        #expect(!CJKItalic.isMostlyCJK("tidal power works"))
        #expect(!CJKItalic.isMostlyCJK("— 2025 —"))
        #expect(CJKItalic.isMostlyCJK("ひらがなとカタカナ"))
        #expect(CJKItalic.isMostlyCJK("한국어 문장"))
    }

    /// What the reader draws, `[text, "italic" or "upright"]` for each run of the lines with an
    /// italic style, and the text `hearsay show` writes in italic.
    static func runs(width: Int) -> (screen: [[String]], streamItalic: [String]) {
        let layout = ArticleLayout(article: article, width: width)
        var screen: [[String]] = []
        var streamItalic: [String] = []
        for index in 0..<layout.lineCount {
            let line = layout.line(index)
            guard line.runs.contains(where: { styles.style(of: $0.style, in: article).attributes.contains(.italic) })
            else { continue }
            var buffer = ScreenBuffer(size: ScreenSize(width: width, height: 1))
            LayoutLineDrawing.draw(line, article: article, x: 0, y: 0, limit: width, into: &buffer, styles: styles)
            var column = line.indent
            for run in line.runs {
                let italic = buffer[column, 0].style.attributes.contains(.italic)
                screen.append([run.text, italic ? "italic" : "upright"])
                column += run.width
            }
            // Each SGR sequence and the text it styles; attribute codes (1–7) come before colours (30 and up).
            let output = StreamRendering(styles: styles).render(line, article: article)
            for match in output.matches(of: /\x1B\[([0-9;]*)m([^\x1B]+)/) {
                let codes = match.output.1.split(separator: ";").prefix { (Int($0) ?? 99) < 10 }
                if codes.contains("3") { streamItalic.append(String(match.output.2)) }
            }
        }
        return (screen, streamItalic)
    }

    @Test func theLedeAndChineseItalicSpansAreUprightOnEveryLineLatinItalicIsNot() {
        let (screen, streamItalic) = Self.runs(width: 30)
        #expect(
            screen == [
                ["潮汐电站的成本十年降了四成，", "upright"], ["Maria Keller says.", "upright"],
                ["他说", "upright"], ["tidal power works", "italic"], ["，又说", "upright"], ["储", "upright"],
                ["能昂贵", "upright"], ["，", "upright"], ["电网 grid 也要改", "upright"], ["。", "upright"],
            ])
        #expect(streamItalic == ["tidal power works"])
    }
}
