import Foundation
import HearsayModel
import Testing

@Suite("Anchoring highlights to an article's text")
struct AnchoringTests {
    @Test("the flat text joins blocks with a line feed and knows where each starts")
    func flatText() {
        let text = ArticleText(blockTexts: ["标题", "ab", "", "第三段"])
        #expect(text.text == "标题\nab\n\n第三段")
        #expect(text.blockStarts == [0, 7, 10, 11])
        #expect(text.flatOffset(of: TextPosition(block: 1, offset: 2)) == 9)
        #expect(text.flatOffset(of: TextPosition(block: 0, offset: 1)) == nil)  // inside 标
        #expect(text.flatOffset(of: TextPosition(block: 4, offset: 0)) == nil)
        #expect(text.position(atFlatOffset: 9) == TextPosition(block: 1, offset: 2))
        #expect(text.position(atFlatOffset: 11) == TextPosition(block: 3, offset: 0))
        #expect(text.codePointOffset(ofFlatOffset: 11) == 7)  // 标 题 \n a b \n \n
    }

    @Test("the fingerprint is FNV-1a 64 of the flat text's UTF-8")
    func fingerprint() {
        // Published FNV-1a 64 test vectors: "" and "a".
        #expect(ArticleText(blockTexts: [""]).fingerprint == "fnv1a64:cbf29ce484222325")
        #expect(ArticleText(blockTexts: ["a"]).fingerprint == "fnv1a64:af63dc4c8601ec8c")
        #expect(ArticleText(blockTexts: ["a", "b"]).fingerprint != ArticleText(blockTexts: ["ab"]).fingerprint)
    }

    @Test("an anchor quotes the exact text with up to 32 characters of context")
    func makeAnchor() throws {
        let article = Fixtures.article()
        let anchor = try #require(
            TextAnchor.make(
                article: article, from: Fixtures.position("龙井", in: 2, end: true), to: Fixtures.position("欢迎", in: 2)))
        #expect(anchor.exact == "欢迎光临！今天想喝点什么？我们有新到的龙井")
        // 32 characters each way, across block boundaries (counted by hand: 6 + 20 + 1 + 5; 1 + 1 + 11 + 18 + 1).
        #expect(anchor.prefix == "上下着大雨。茶馆里只有三位客人，炉子上的水刚刚烧开。\n林小雨: ")
        #expect(anchor.suffix == "。\nTom Baker: Green tea, please. ")
        #expect(anchor.start == TextPosition(block: 2, offset: 11))
        #expect(anchor.end == TextPosition(block: 2, offset: 74))
        #expect(anchor.textHash == ArticleText(article: article).fingerprint)
        #expect(
            TextAnchor.make(
                article: article, from: TextPosition(block: 9, offset: 0),
                to: TextPosition(block: 9, offset: 1)) == nil)
    }

    @Test("an unchanged article resolves an anchor exactly where it was")
    func exact() throws {
        let article = Fixtures.article()
        let highlight = Fixtures.highlight(
            "茶馆里只有三位客人", in: 1, id: "00000000-0000-0000-0000-000000000001",
            created: 0)
        let resolution = ArticleText(article: article).resolve(highlight.anchor)
        #expect(resolution == .exact(highlight.anchor.start..<highlight.anchor.end))
    }

    @Test("a highlight survives text inserted before it")
    func survivesInsertion() throws {
        let original = Fixtures.article()
        let highlight = Fixtures.highlight(
            "Green tea, please.", in: 3, id: "00000000-0000-0000-0000-000000000002",
            created: 0)
        var texts = original.blocks.map(\.text)
        texts.insert("新加的一段：编者按。", at: 1)  // a whole new block before it
        texts[3] = "林小雨: 晚上好！" + texts[3]  // and text earlier in the article's turn
        let edited = Fixtures.article(blocks: texts)
        let resolution = ArticleText(article: edited).resolve(highlight.anchor)
        let expected =
            Fixtures.position("Green tea", in: 4, article: edited)..<Fixtures.position("please.", in: 4, article: edited, end: true)
        #expect(resolution == .moved(to: expected))
        #expect(expected.lowerBound == TextPosition(block: 4, offset: 11))
    }

    @Test("a highlight whose text was deleted is orphaned, not dropped")
    func orphaned() {
        let highlight = Fixtures.highlight(
            "我第一次来这里", in: 4, id: "00000000-0000-0000-0000-000000000003",
            created: 0)
        var texts = Fixtures.article().blocks.map(\.text)
        texts[4] = "这是我第二次来。"
        #expect(ArticleText(article: Fixtures.article(blocks: texts)).resolve(highlight.anchor) == .orphaned)
    }

    @Test("a repeated quote is told apart by its prefix and suffix after an edit")
    func repeatedQuote() throws {
        let article = Fixtures.article()
        // "很喜欢这里的安静" appears in block 4 and block 5; highlight the second.
        let highlight = Fixtures.highlight(
            "很喜欢这里的安静", in: 5, id: "00000000-0000-0000-0000-000000000004",
            created: 0)
        var texts = article.blocks.map(\.text)
        texts[1] = "那天晚上。"  // shift everything after block 1
        let edited = Fixtures.article(blocks: texts)
        let resolution = ArticleText(article: edited).resolve(highlight.anchor)
        #expect(resolution == .exact(highlight.anchor.start..<highlight.anchor.end))
        // Moving the second occurrence's block still finds the second, not the nearer first one.
        texts.insert("插入的一段。", at: 5)
        let moved = Fixtures.article(blocks: texts)
        let expected =
            Fixtures.position("很喜欢这里的安静", in: 6, article: moved)..<Fixtures.position("很喜欢这里的安静", in: 6, article: moved, end: true)
        #expect(ArticleText(article: moved).resolve(highlight.anchor) == .moved(to: expected))
    }

    @Test("a reading position quotes the text after it and is found again after edits")
    func readingPosition() throws {
        let article = Fixtures.article()
        let anchor = try #require(TextAnchor.make(article: article, at: Fixtures.position("我第一次", in: 4)))
        #expect(anchor.exact == "我第一次来这里，很喜欢这里的安静。\n林小雨: 对，3.5元。请慢")
        #expect(anchor.exact.count == TextAnchor.contextLength)
        var texts = article.blocks.map(\.text)
        texts.remove(at: 1)
        let edited = Fixtures.article(blocks: texts)
        #expect(ArticleText(article: edited).resolve(anchor).range?.lowerBound == TextPosition(block: 3, offset: 0))
        // At the very end of the article the quote is empty and the prefix places it.
        let end = try #require(TextAnchor.make(article: article, at: TextPosition(block: 5, offset: article.blocks[5].text.utf8.count)))
        #expect(end.exact == "")
        #expect(
            ArticleText(article: edited).resolve(end).range?.lowerBound
                == TextPosition(block: 4, offset: article.blocks[5].text.utf8.count))
    }
}

@Suite("Highlight ranges per block")
struct BlockRangesTests {
    @Test("a highlight across blocks splits into one range per block it covers")
    func split() {
        let text = ArticleText(blockTexts: ["一二三", "abc", "", "四五"])
        let across = TextPosition(block: 0, offset: 3)..<TextPosition(block: 3, offset: 3)
        let parts = text.blockRanges(of: across)
        #expect(parts.map(\.block) == [0, 1, 3])
        #expect(parts.map(\.range) == [3..<9, 0..<3, 0..<3])
        // Ending at the start of a block does not touch it.
        let edge = TextPosition(block: 1, offset: 1)..<TextPosition(block: 3, offset: 0)
        #expect(text.blockRanges(of: edge).map(\.block) == [1])
        #expect(text.blockRanges(of: edge).map(\.range) == [1..<3])
    }
}
