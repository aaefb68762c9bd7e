import HearsayModel
import Testing

@testable import HearsayLayout

/// The lines above an article's blocks (title, date line, source, lede): what they show, how
/// search positions address them, and that their laid-out runs keep offsets into their text.
struct ArticleHeaderTests {
    let article = SampleArticles.transcript

    @Test func headerLinesAreNegativeBlocksInReadingOrder() {
        #expect(ArticleHeader.lines(of: article).map(\.field) == [.title, .dateLine, .source])
        #expect(ArticleHeader.lines(of: article).map(\.text) == ["测试标题：AI峰会", "2025-02-12 · 示例", "https://example.org/v"])
        #expect(ArticleHeader.Field.allCases.map(\.block) == [-4, -3, -2, -1])
        #expect(ArticleHeader.Field(block: -4) == .title)
        #expect(ArticleHeader.Field(block: -5) == nil)
        #expect(ArticleHeader.Field(block: 0) == nil)
        #expect(ArticleHeader.text(atBlock: -4, in: article) == article.title)
        #expect(ArticleHeader.text(atBlock: -1, in: article) == nil)  // the summary is not shown apart
        #expect(ArticleHeader.text(atBlock: 0, in: article) == article.blocks[0].text)
        #expect(ArticleHeader.text(atBlock: article.blocks.count, in: article) == nil)
    }

    @Test func headerLinesKeepTheirOffsetsAndAreFoundByPosition() {
        let layout = ArticleLayout(article: article, width: 20)
        let lines = (0..<6).map(layout.line)
        #expect(lines.map(\.header) == [.title, .dateLine, .source, .source, nil, nil])
        #expect(lines.map(\.block) == [nil, nil, nil, nil, nil, 0])
        #expect(lines.map(\.decoratedBlock) == [-4, -3, -2, -2, nil, 0])
        // The address wraps after 20 columns: its second line starts at byte 20.
        #expect(lines[2].source == 0..<20)
        #expect(lines[3].source == 20..<21)
        #expect(lines[3].runs.map(\.source) == [20..<21])
        #expect(LayoutLine.blocks(of: lines) == -4...0)
        #expect(layout.lineIndex(containing: TextPosition(block: -4, offset: 3)) == 0)
        #expect(layout.lineIndex(containing: TextPosition(block: -2, offset: 3)) == 2)
        #expect(layout.lineIndex(containing: TextPosition(block: -2, offset: 20)) == 3)
        // No lede line: the next line shown.
        #expect(layout.lineIndex(containing: TextPosition(block: -1, offset: 0)) == 5)
        // Reading positions stay in the blocks.
        #expect(layout.position(atLine: 0) == nil)
        #expect(layout.position(nearLine: 0) == TextPosition(block: 0, offset: 0))
        // The dialogue view shows no header.
        let dialogue = ArticleLayout(article: article, width: 40, mode: .dialogue(speakers: nil))
        #expect(dialogue.line(0).header == nil)
        #expect(dialogue.lineIndex(containing: TextPosition(block: -4, offset: 0)) == 0)
    }
}
