import HearsayModel

/// Articles written for these tests (invented text, Chinese and English).
enum InventedArticles {
    /// A short transcript: a heading, a paragraph, two speakers' turns and a stage direction.
    static let transcript: Article = {
        let blocks = [
            Block(kind: .heading(level: 2), plain: "开源模型的一年"),
            Block(kind: .paragraph, plain: "今年，开源模型Ｄｅｅｐｗａｔｅｒ发布了新版本。DeepWater 团队说，开源是未来。"),
            turn(0, name: "Alice Chen", words: "我们相信开源。deepwater 会继续开源。"),
            Block(kind: .turnContinuation(speaker: 0), plain: "第二段：开源社区很大。"),
            turn(1, name: "Bob Li", words: "开源也有成本。"),
            Block(kind: .stageDirection, plain: "（笑声）"),
        ]
        return Article(
            id: "invented/transcript.md", format: .transcript, title: "一次关于 DeepWater 的访谈",
            sourceURL: "https://example.org/deepwater", tags: ["访谈", "Open Source"], blocks: blocks,
            turns: [Turn(speaker: 0, blocks: 2..<4), Turn(speaker: 1, blocks: 4..<5)],
            speakers: [Speaker(name: "Alice Chen"), Speaker(name: "Bob Li")]
        )
    }()

    /// A turn block as the loader writes it: the speaker's name, then the words.
    static func turn(_ speaker: Int, name: String, words: String) -> Block {
        let text = "\(name): \(words)"
        let nameEnd = name.utf8.count
        return Block(
            kind: .turn(speaker: speaker), text: text,
            spans: [
                InlineSpan(style: .speakerName, range: 0..<nameEnd),
                InlineSpan(style: .plain, range: nameEnd..<text.utf8.count),
            ], sourceLine: 0)
    }

    /// A plain news article with no dialogue.
    static let news = Article(
        id: "invented/news.md", format: .frontMatter, title: "巴黎的雨天", tags: ["天气"],
        blocks: [
            Block(kind: .paragraph, plain: "巴黎今天下雨，街上的人很少。"),
            Block(kind: .paragraph, plain: "气象台说，明天会转晴。"),
        ]
    )

    /// An article that mentions DeepWater only in its text, not its metadata.
    static let review = Article(
        id: "invented/review.md", format: .markdown, title: "模型评测",
        blocks: [Block(kind: .paragraph, plain: "我们比较了三个模型，其中 ＤＥＥＰＷＡＴＥＲ 最快。")]
    )
}
