import HearsayLayout
import HearsayModel
import HearsayTesting
import HearsayText
import Testing

@testable import HearsayUI

/// Decorations split runs exactly at their UTF-8 bounds and style only what they cover.
struct TextDecorationsTests {
    /// One paragraph, laid out wide enough to fit on one line.
    private func paragraphLine(_ text: String) -> (Article, LayoutLine, Int) {
        var builder = FixtureArticleBuilder(id: "d.md", title: "T")
        builder.paragraph(text)
        let article = builder.article
        let block = article.blocks.count - 1
        let layout = ArticleLayout(article: article, width: 200)
        var index = 0
        while layout.hasLine(index), layout.line(index).block != block { index += 1 }
        return (article, layout.line(index), block)
    }

    private func pieces(_ runs: [DecoratedRun]) -> [String] {
        runs.map { decorated in
            var marks = ""
            if let highlight = decorated.overlay.highlight { marks += "h\(highlight)" }
            if decorated.overlay.match == .match { marks += "m" }
            if decorated.overlay.match == .current { marks += "M" }
            if decorated.overlay.selected { marks += "s" }
            return marks.isEmpty ? decorated.run.text : "[\(decorated.run.text)|\(marks)]"
        }
    }

    @Test func noDecorationsLeaveTheRunsAlone() {
        let (article, line, _) = paragraphLine("开源模型的发布改变了格局。")
        #expect(TextDecorations.none.decorate(line, in: article) == line.runs.map { DecoratedRun($0) })
    }

    @Test func aMatchInsideCJKTextSplitsTheRunAtItsBytes() {
        let (article, line, block) = paragraphLine("开源模型的发布改变了格局。")
        // 模型 is bytes 6..<12 (three bytes per 字).
        let decorated = TextDecorations([TextDecoration(block: block, range: 6..<12, kind: .match)]).decorate(line, in: article)
        #expect(pieces(decorated) == ["开源", "[模型|m]", "的发布改变了格局。"])
        #expect(decorated.map(\.run.source) == [0..<6, 6..<12, 12..<39])
        #expect(decorated.map(\.run.width) == [4, 4, 18])
    }

    @Test func overlappingHighlightMatchAndSelectionCombine() {
        let (article, line, block) = paragraphLine("abc def ghi")
        let decorations = TextDecorations([
            TextDecoration(block: block, range: 0..<7, kind: .highlight(3)),
            TextDecoration(block: block, range: 4..<11, kind: .currentMatch),
            TextDecoration(block: block, range: 5..<6, kind: .selection),
        ])
        #expect(
            pieces(decorations.decorate(line, in: article))
                == ["[abc |h3]", "[d|h3M]", "[e|h3Ms]", "[f|h3M]", "[ ghi|M]"])
    }

    @Test func decorationsOfAnotherBlockOrEmptyRangesAreIgnored() {
        let (article, line, block) = paragraphLine("abc")
        let decorations = TextDecorations([
            TextDecoration(block: block + 1, range: 0..<3, kind: .match),
            TextDecoration(block: block, range: 1..<1, kind: .match),
        ])
        #expect(decorations.decorate(line, in: article) == line.runs.map { DecoratedRun($0) })
    }

    @Test func aCutInsideAScalarMovesToItsStart() {
        let (article, line, block) = paragraphLine("开源")
        // Byte 4 is inside 源 (bytes 3..<6): the match starts at 3.
        let decorated = TextDecorations([TextDecoration(block: block, range: 4..<6, kind: .match)]).decorate(line, in: article)
        #expect(pieces(decorated) == ["开", "[源|m]"])
    }

    @Test func controlCharactersKeepTheirStandInsWhenSplit() {
        let (article, line, block) = paragraphLine("a\u{1B}b")
        let decorated = TextDecorations([TextDecoration(block: block, range: 1..<2, kind: .match)]).decorate(line, in: article)
        #expect(decorated.map(\.run.text).joined() == line.runs.map(\.text).joined())
        #expect(!decorated.map(\.run.text).joined().unicodeScalars.contains("\u{1B}"))
    }
}
