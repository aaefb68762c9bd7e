import HearsayModel
import Testing

/// Where quotations are: code points in the article's flat text, block positions, paragraphs.
struct QuoteOffsetTests {
    static func article(_ markdown: String) throws -> Article {
        try #require(ArticleParser().parse(markdown, id: "offsets.md").article)
    }

    @Test func offsetsCountCodePointsAcrossBlocks() throws {
        // The `#` title is the article's title, not a block; an emoji is one code point (four UTF-8 bytes).
        let article = try Self.article("# 标题\n\n前言 😀。\n\n周文说：“书要有人读。”")
        let quote = try #require(article.quotes.first)
        let flat = ArticleText(article: article).text
        #expect(flat == "前言 😀。\n周文说：“书要有人读。”")
        #expect(quote.start == 11)
        #expect(quote.end == 17)
        #expect(quote.range == TextPosition(block: 1, offset: 15)..<TextPosition(block: 1, offset: 33))
        #expect(quote.sentence == "周文说：“书要有人读。”")
    }

    @Test func aQuotationOverParagraphsRunsFromTheFirstOpeningToTheLastClosing() throws {
        let article = try Self.article("# 标题\n\n郑岩表示：“第一段。\n\n“第二段。\n\n“第三段。”")
        let quote = try #require(article.quotes.first)
        #expect(article.quotes.count == 1)
        #expect(quote.text == "第一段。\n第二段。\n第三段。")
        #expect(quote.start == 6)
        #expect(quote.end == 22)
        #expect(quote.range == TextPosition(block: 0, offset: 18)..<TextPosition(block: 2, offset: 15))
        #expect(quote.speaker == "郑岩")
    }

    @Test func turnsAndHeadingsAreNotSearchedForQuotations() throws {
        let article = try Self.article("# “标题里的话，不算。”\n\n## 对话\n\n主持人：他说：“这是一句话。”\n\n嘉宾：好的。\n\n主持人：再见。")
        #expect(article.quotes.isEmpty)
    }

    @Test func articlesWithoutQuoteMarksAreSkippedCheaply() {
        #expect(
            QuoteAttributor.quotes(in: Article(id: "x", format: .markdown, title: "x", blocks: [Block(kind: .paragraph, plain: "没有引号。")]))
                == [])
    }
}
