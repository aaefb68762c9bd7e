import HearsayModel
import Testing

/// The markdown and transcript syntax the parser understands, one rule per test.
struct ParserTests {
    func parse(_ text: String, id: String = "test.md") throws -> Article {
        try #require(ArticleParser().parse(text, id: id).article)
    }

    func styled(_ block: Block) -> [(String, InlineStyle)] {
        let bytes = Array(block.text.utf8)
        return block.spans.map { (String(decoding: bytes[$0.range], as: UTF8.self), $0.style) }
    }

    @Test func inlineSpansCoverTheTextExactly() throws {
        let article = try parse("正文**粗体**和*斜体*和_下划线_，[链接](https://a.example/c_d)与![图](p.png)与***两者***。")
        let block = try #require(article.blocks.first)
        #expect(block.text == "正文粗体和斜体和下划线，链接与图与两者。")
        let runs = styled(block)
        #expect(runs.map(\.0) == ["正文", "粗体", "和", "斜体", "和", "下划线", "，", "链接", "与", "图", "与", "两者", "。"])
        #expect(
            runs.map(\.1) == [
                .plain, .bold, .plain, .italic, .plain, .italic, .plain, .link(url: "https://a.example/c_d"),
                .plain, .image(url: "p.png"), .plain, .boldItalic, .plain,
            ])
    }

    @Test func markupInsideLinkTextIsRemoved() throws {
        let block = try #require(try parse("见[**重要**公告](https://a.example/n)。").blocks.first)
        #expect(block.text == "见重要公告。")
        #expect(styled(block).map(\.1) == [.plain, .link(url: "https://a.example/n"), .plain])
    }

    @Test func unmatchedAndIntrawordMarkersStayLiteral() throws {
        let article = try parse("snake_case_name 与 2*3 与 **未闭合 与 \\*转义\\*")
        let block = try #require(article.blocks.first)
        #expect(block.text == "snake_case_name 与 2*3 与 **未闭合 与 *转义*")
        #expect(block.spans == [InlineSpan(style: .plain, range: 0..<block.text.utf8.count)])
    }

    /// Turn blocks keep the name, the separator and the spacing as written; `**` is markup and goes.
    @Test func dialogueLineForms() throws {
        let text = """
            # 访谈

            ## 详细对话
            **主持人**: 第一问。
            **嘉宾：** 第一答。
            [00:03:12] Anna Li: 英文名。
            00:04:01 主持人：不带括号的时间。
            Dr. Wu: 缩写里的点。
            """
        let article = try parse(text)
        #expect(article.speakers.map(\.name) == ["主持人", "嘉宾", "Anna Li", "Dr. Wu"])
        #expect(article.turns.map(\.speaker) == [0, 1, 2, 0, 3])
        #expect(article.turns.map(\.timestamp) == [nil, nil, "00:03:12", "00:04:01", nil])
        let texts = article.turns.map { article.blocks[$0.blocks.lowerBound].text }
        #expect(texts == ["主持人: 第一问。", "嘉宾： 第一答。", "[00:03:12] Anna Li: 英文名。", "00:04:01 主持人：不带括号的时间。", "Dr. Wu: 缩写里的点。"])
        let stamped = article.blocks[article.turns[2].blocks.lowerBound]
        #expect(styled(stamped).map(\.1) == [.timestamp, .plain, .speakerName, .plain])
        #expect(styled(stamped).map(\.0) == ["[00:03:12]", " ", "Anna Li", ": 英文名。"])
    }

    @Test func linesThatAreNotTurns() throws {
        let text = """
            ## 对话
            甲: 开场。
            这是一个很长很长很长很长很长很长很长很长的名字超过了四十列: 不是人名。
            他说，我们: 有标点的不是名字。
            https://example.com/page
            10:30 开会
            It was late. Anyway: a sentence, not a name.
            """
        let article = try parse(text)
        #expect(article.speakers.map(\.name) == ["甲"])
        #expect(
            article.blocks.map(\.kind) == [.heading(level: 2), .turn(speaker: 0)]
                + Array(repeating: .turnContinuation(speaker: 0), count: 5))
    }

    @Test func colonLinesOutsideDialogueSectionsAreProse() throws {
        let article = try parse("# DeepSeek: 新纪元\n\n时间：2月10日\n\n## 背景：为什么\n主持人: 这里不是对话区。\n")
        #expect(article.title == "DeepSeek: 新纪元")
        #expect(article.turns.isEmpty)
        #expect(article.blocks.map(\.kind) == [.paragraph, .heading(level: 2), .paragraph])
        #expect(article.format == .markdown)
    }

    @Test func stageDirectionsAndContinuationsBelongToTheTurn() throws {
        let text = "## Transcript\nA: one\n\n（笑声）\n\nstill A\n\n[音乐]\nB: two\n\n## 后记\n不是对话。\n"
        let article = try parse(text)
        #expect(
            article.blocks.map(\.kind) == [
                .heading(level: 2), .turn(speaker: 0), .stageDirection, .turnContinuation(speaker: 0),
                .stageDirection, .turn(speaker: 1), .heading(level: 2), .paragraph,
            ])
        #expect(article.turns.map(\.blocks) == [1..<5, 5..<6])
        #expect(article.speakers.map(\.name) == ["A", "B"])
        #expect(article.format == .transcript)
    }

    @Test func speakersAreMatchedByCaseFoldedName() throws {
        let article = try parse("## 对话\nGuest: one\nguest: two\nGUEST  : three\n")
        #expect(article.speakers.map(\.name) == ["Guest"])
        // `Guest` is a role: someone else in every article, so its id names the article.
        #expect(article.speakers.map(\.id) == ["guest@test.md"])
        #expect(article.turns.count == 3)
    }

    @Test func titleFallsBackToFirstHeadingThenFileName() throws {
        #expect(try parse("## 第二级标题\n\n正文").title == "第二级标题")
        #expect(try parse("只有正文。", id: "folder/2024-报道.md").title == "2024-报道")
        let withBoth = try parse("---\ntitle: 元数据标题\n---\n\n# 元数据标题\n\n正文")
        #expect(withBoth.blocks.map(\.kind) == [.paragraph])
        let different = try parse("---\ntitle: 元数据标题\n---\n\n# 另一个标题\n\n正文")
        #expect(different.title == "元数据标题")
        #expect(different.blocks.map(\.kind) == [.heading(level: 1), .paragraph])
        #expect(different.sections.isEmpty)
    }

    @Test func boldPseudoHeadingRules() throws {
        let article = try parse(
            """
            第一句话。**真正的小标题**接着是正文。

            **注意**：这是标签，不是标题。

            开头没有句号**强调**的部分。

            **这是一整句加粗的话。后面还有一句。**

            他说完了。“**引号里的标题”**正文继续。
            """)
        #expect(
            article.blocks.map(\.kind) == [
                .paragraph, .heading(level: 3), .paragraph, .paragraph, .paragraph, .paragraph,
                .paragraph, .heading(level: 3), .paragraph,
            ])
        #expect(article.sections.map(\.title) == ["真正的小标题", "“引号里的标题”"])
        #expect(article.blocks[0].text == "第一句话。")
        #expect(article.blocks[2].text == "接着是正文。")
    }

    @Test func frontMatterFieldsAndDates() throws {
        let article = try parse(
            """
            ---
            title: Zoned
            date: 2024-05-01T08:00:00+08:00
            tags: [a, b]
            categories: 新闻
            lang: en
            highlights:
              - 第一点
              - 第二点
            ---
            正文。
            """)
        #expect(article.date == ArticleDate(original: "2024-05-01T08:00:00+08:00", timestamp: 1_714_521_600))
        #expect(article.tags == ["a", "b"])
        #expect(article.categories == ["新闻"])
        #expect(article.language == "en")
        #expect(article.keyPoints == ["第一点", "第二点"])
        #expect(try parse("---\ndate: 2024-05-01T00:00:00Z\n---\nx").date?.timestamp == 1_714_521_600)
        #expect(try parse("---\ndate: 2024/05/01\n---\nx").date?.timestamp == 1_714_521_600)
        #expect(try parse("---\ndate: 2024-05-01 00:00:00\n---\nx").date?.timestamp == 1_714_521_600)
        #expect(try parse("---\ndate: 去年春天\n---\nx").date == ArticleDate(original: "去年春天", timestamp: nil))
    }

    @Test func keyPointsListAndClosingLinks() throws {
        let article = try parse("# 标题\n\n> 导语\n\n## Highlights\n- one  \n- two\n\n## 正文\n- 普通列表\n\n_原链接：https://example.com/x_\n")
        #expect(article.summary == "导语")
        #expect(article.keyPoints == ["one", "two"])
        #expect(article.sourceURL == "https://example.com/x")
        #expect(article.sections.map(\.title) == ["正文"])
        #expect(
            article.blocks.map(\.kind) == [
                .quote, .heading(level: 2), .listItem(keyPoint: true), .listItem(keyPoint: true),
                .heading(level: 2), .listItem(keyPoint: false),
            ])
        #expect(try parse("正文\n\n[来源](https://example.org/a)").sourceURL == "https://example.org/a")
        #expect(try parse("正文\n\n[不是链接](mailto:x@y)").sourceURL == nil)
    }

    /// `o` opens the source link: front matter names it `source`, `url` or `link` (a `source`
    /// naming an outlet is no link); the closing link wins when there is both.
    @Test func frontMatterSourceLinks() throws {
        #expect(try parse("---\ntitle: t\nurl: https://example.org/u\n---\nx").sourceURL == "https://example.org/u")
        #expect(
            try parse("---\nlink: http://example.org/l\nsource: https://example.org/s\n---\nx").sourceURL == "https://example.org/s")
        #expect(try parse("---\nsource: 新华社\nlink: https://example.org/l\n---\nx").sourceURL == "https://example.org/l")
        #expect(try parse("---\nsource: 新华社\n---\nx").sourceURL == nil)
        #expect(
            try parse("---\nurl: https://example.org/u\n---\n正文\n\n[来源](https://example.org/a)").sourceURL == "https://example.org/a")
    }

    @Test func paragraphLinesJoinWithoutSpacesBetweenCJKLines() throws {
        let article = try parse("first line\nsecond line\n中文第一行\n中文第二行\n")
        #expect(article.blocks.map(\.text) == ["first line second line 中文第一行中文第二行"])
        #expect(try parse("# Title #\n#hashtag 不是标题").blocks.map(\.kind) == [.paragraph])
    }

    @Test func orderedItemsThematicBreaksAndBoldLinesInDialogue() throws {
        let article = try parse(
            """
            ## 亮点
            1. 第一点
            2、第二点

            1.5 亿不是列表。

            ---

            ## 对话
            甲: 开始。
            **第二部分**
            乙: 继续。
            """)
        #expect(article.keyPoints == ["第一点", "第二点"])
        #expect(article.blocks.map(\.text) == ["亮点", "1. 第一点", "2、第二点", "1.5 亿不是列表。", "对话", "甲: 开始。", "第二部分", "乙: 继续。"])
        #expect(
            article.blocks.map(\.kind) == [
                .heading(level: 2), .listItem(keyPoint: true), .listItem(keyPoint: true), .paragraph,
                .heading(level: 2), .turn(speaker: 0), .heading(level: 3), .turn(speaker: 1),
            ])
        #expect(article.turns.map(\.blocks) == [5..<6, 7..<8])
        #expect(article.sections.map(\.title) == ["对话", "第二部分"])
    }
}
