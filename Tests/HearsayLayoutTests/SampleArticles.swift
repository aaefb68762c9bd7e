import HearsayModel

/// Invented articles for layout tests (our own text, Chinese and English).
enum SampleArticles {
    static func block(_ kind: BlockKind, _ text: String, spans: [(InlineStyle, Range<Int>)]? = nil) -> Block {
        guard let spans else { return Block(kind: kind, plain: text) }
        return Block(kind: kind, text: text, spans: spans.map { InlineSpan(style: $0.0, range: $0.1) }, sourceLine: 0)
    }

    /// A transcript with every kind of block: lede, key points, sections, bold, link, image, turns.
    static let transcript: Article = {
        let paragraph = "正文有加粗文字和链接。"  // 加粗 = bytes 9..<15, 链接 = bytes 24..<30
        let firstTurn = "Ann Lee: 你好，欢迎来到节目。"
        let secondTurn = "王小明：谢谢邀请，很高兴来到这里。"
        let blocks: [Block] = [
            block(.quote, "这是导语，介绍本期节目。"),
            block(.heading(level: 2), "亮点"),
            block(.listItem(keyPoint: true), "第一个要点很长需要换行。"),
            block(.listItem(keyPoint: true), "第二个要点。"),
            block(.heading(level: 2), "第一节"),
            block(
                .paragraph, paragraph,
                spans: [
                    (.plain, 0..<9), (.bold, 9..<15), (.plain, 15..<24),
                    (.link(url: "https://example.org"), 24..<30), (.plain, 30..<33),
                ]),
            block(.image(url: "https://example.org/a.png"), "示意图"),
            block(.heading(level: 2), "详细对话"),
            block(.turn(speaker: 0), firstTurn, spans: [(.speakerName, 0..<7), (.plain, 7..<firstTurn.utf8.count)]),
            block(.turnContinuation(speaker: 0), "这是第二段。"),
            block(.turn(speaker: 1), secondTurn, spans: [(.speakerName, 0..<9), (.plain, 9..<secondTurn.utf8.count)]),
        ]
        return Article(
            id: "sample-transcript", format: .transcript, title: "测试标题：AI峰会",
            date: ArticleDate(original: "2025-02-12", timestamp: nil), sourceURL: "https://example.org/v",
            categories: ["示例"], keyPoints: ["第一个要点很长需要换行。", "第二个要点。"],
            sections: [Section(title: "第一节", level: 2, blockIndex: 4), Section(title: "详细对话", level: 2, blockIndex: 7)],
            blocks: blocks,
            turns: [Turn(speaker: 0, blocks: 8..<10), Turn(speaker: 1, blocks: 10..<11)],
            speakers: [Speaker(name: "Ann Lee"), Speaker(name: "王小明")]
        )
    }()

    /// One paragraph of `count` repetitions of an invented sentence.
    static func longParagraph(repeating count: Int) -> Article {
        let text = String(repeating: "我们在2024年投资了1130亿美元，DeepSeek模型的表现令人惊讶。", count: count)
        return Article(id: "long", format: .markdown, title: "长段落", blocks: [Block(kind: .paragraph, plain: text)])
    }
}
