import Foundation
import HearsayModel
import HearsayTesting
import Testing

/// Exact expectations for the real files in ../shared/seeds, counted by reading them.
struct SeedExpectation: Sendable, CustomTestStringConvertible {
    var file: String
    var title: String
    var format: ArticleFormat
    var date: String?
    var keyPoints: Int
    var sections: [String]
    var sourceURL: String
    var speakers: [(String, Int)]

    var testDescription: String { file }

    static let all: [SeedExpectation] = [
        SeedExpectation(
            file: "000_b09f4aadc0171de3.txt", title: "AI风暴席卷全球:巴黎峰会、中国DeepSeek与美国特斯拉的角力",
            format: .transcript, date: nil, keyPoints: 5,
            sections: ["巴黎AI峰会:法国豪掷1130亿美元,欧洲能否追上中美?", "DeepSeek的崛起:中国AI技术震惊全球,成本仅600万美元?",
                       "特斯拉与BYD的自动驾驶之争:谁将主导未来?", "DOGE调查美国财政部:特朗普称发现“严重违规”",
                       "AI背后的能源危机:数据中心的电力需求将颠覆能源行业?", "详细对话"],
            sourceURL: "https://www.youtube.com/watch?v=BW4AuqXsn-o",
            speakers: [("Tom Mackenzie", 11), ("Jonas Andrulis", 11)]),
        SeedExpectation(
            file: "001_76943739dec701f9.txt", title: "不在场的DeepSeek，是巴黎AI峰会真正的主角",
            format: .frontMatter, date: "2025-02-12 23:45:22", keyPoints: 0,
            // `“**新AI世界秩序”**` and `**“天才国度”**`: the quote marks belong to the heading.
            sections: ["中国正在主导开源创新", "欧洲正式加入AI全球竞赛", "“新AI世界秩序”", "“天才国度”"],
            sourceURL: "https://new.qq.com/rain/a/20250212A09PZ000", speakers: []),
        SeedExpectation(
            file: "002_1373a89ae2b4ce52.txt", title: "大火、环保、核电与DeepSeek，欧洲对AI追赶之道的思考",
            format: .frontMatter, date: "2025-02-12 21:32:29", keyPoints: 0,
            sections: ["马克龙：希望可以缩小差距", "法国的特殊竞争力", "DeepSeek对欧洲人的鼓励"],
            sourceURL: "https://new.qq.com/rain/a/20250212A0941800", speakers: []),
        SeedExpectation(
            file: "003_1eb976177dc264a1.txt", title: "AI风暴来袭:DeepSeek如何撼动科技巨头?",
            format: .transcript, date: nil, keyPoints: 5,
            sections: ["DeepSeek:中国AI新星,撼动全球科技市场", "NVIDIA的噩梦:DeepSeek让AI芯片市场重新洗牌",
                       "开源AI的崛起:Hugging Face如何改变游戏规则", "Microsoft收购TikTok美国业务?特朗普的“技术战”再掀波澜",
                       "AI时代的未来:低成本AI将如何改变我们的生活?", "详细对话"],
            sourceURL: "https://www.youtube.com/watch?v=Zt2WLoPOrFI",
            speakers: [("Caroline Hyde", 9), ("Mike Shepard", 6), ("Ian King", 3), ("Donald Trump", 1), ("Guest", 5),
                       ("Thomas Wolf", 7)]),
        SeedExpectation(
            file: "004_dda8f3f459d6c823.txt", title: "DeepSeek: AI新纪元的‘终极武器’还是短暂辉煌?",
            format: .transcript, date: nil, keyPoints: 5,
            sections: ["Jonas Andrulis断言: DeepSeek是AI领域的‘终极胜利圈’", "开源模型: AI创新的加速引擎",
                       "欧洲AI崛起: 架构创新的隐形冠军", "半导体战争: AI竞赛的核心战场", "AI未来格局: 合作共赢的新时代"],
            sourceURL: "https://www.youtube.com/watch?v=hekPgdxsxbM", speakers: []),
    ]
}

@Suite(.enabled(if: Seeds.available, Comment(rawValue: Seeds.skipMessage)))
struct SeedArticleTests {
    static func load(_ name: String) throws -> Article {
        let corpus = CorpusLoader().load(paths: [Seeds.url(name).path])
        #expect(corpus.diagnostics.isEmpty, "\(corpus.diagnostics)")
        return try #require(corpus.articles.first)
    }

    @Test(arguments: SeedExpectation.all)
    func seedParsesExactly(_ expected: SeedExpectation) throws {
        let article = try Self.load(expected.file)
        #expect(article.id == expected.file)
        #expect(article.title == expected.title)
        #expect(article.format == expected.format)
        #expect(article.date?.original == expected.date)
        #expect(article.keyPoints.count == expected.keyPoints)
        #expect(article.sections.map(\.title) == expected.sections)
        #expect(article.sourceURL == expected.sourceURL)
        let counts = article.speakers.indices.map { index in article.turns.filter { $0.speaker == index }.count }
        #expect(article.speakers.map(\.name) == expected.speakers.map(\.0))
        #expect(counts == expected.speakers.map(\.1))
        // The closing link line is metadata, not a body block.
        #expect(!article.blocks.contains { $0.text.contains("原链接") || $0.text == "qq" })
    }

    @Test func seedFolderLoadsInNameOrderWithoutDiagnostics() {
        let corpus = CorpusLoader().load(paths: [Seeds.directory.path])
        #expect(corpus.articles.map(\.id) == SeedExpectation.all.map(\.file))
        #expect(corpus.diagnostics.isEmpty)
        #expect(corpus.speakerIndex.entries.map(\.speaker.name).prefix(3) == ["Jonas Andrulis", "Tom Mackenzie", "Caroline Hyde"])
    }

    @Test func frontMatterDatesAreParsed() throws {
        let article = try Self.load("001_76943739dec701f9.txt")
        // 2025-02-12 23:45:22, read as UTC because the text gives no zone.
        #expect(article.date?.timestamp == 1_739_403_922)
        #expect(article.tags == ["qq"])
        #expect(article.categories == ["qq"])
        #expect(article.language == "zh-CN")
        #expect(article.summary?.hasPrefix("当万斯在台上大谈美国要主宰AI技术时") == true)
    }

    @Test func boldPseudoHeadingsSplitTheOneLongParagraph() throws {
        let article = try Self.load("001_76943739dec701f9.txt")
        let kinds = article.blocks.map(\.kind)
        #expect(kinds == [.paragraph, .heading(level: 3), .paragraph, .heading(level: 3), .paragraph,
                          .heading(level: 3), .paragraph, .heading(level: 3), .paragraph])
        // The opening quote before `**新AI世界秩序”**` moves into the heading; the paragraph before ends at 。
        #expect(article.blocks[5].text == "“新AI世界秩序”")
        #expect(article.blocks[4].text.hasSuffix("认为他们有机会在人工智能领域展开竞争。"))
        // The image and its italic caption stay inline in the paragraph before the second heading.
        let styles = article.blocks[2].spans.map(\.style)
        #expect(styles.contains(.image(url: "https://inews.gtimg.com/om_bt/OHtp2H8w3UA7hQR5tylguHTs9oEYQwVApOjUqeZ7rnypoAA/1000")))
        let caption = try #require(article.blocks[2].spans.first { $0.style == .italic })
        let utf8 = Array(article.blocks[2].text.utf8)
        #expect(String(decoding: utf8[caption.range], as: UTF8.self) == "（图片来源：ChatGPT）")
        #expect(article.sections.map(\.blockIndex) == [1, 3, 5, 7])
    }

    @Test func whollyBoldParagraphIsAHeadingNotASpeaker() throws {
        let article = try Self.load("002_1373a89ae2b4ce52.txt")
        #expect(article.speakers.isEmpty)
        let heading = article.blocks[article.sections[0].blockIndex]
        #expect(heading.kind == .heading(level: 3))
        #expect(heading.text == "马克龙：希望可以缩小差距")
        #expect(article.blocks.first?.kind == .image(url: "https://inews.gtimg.com/om_bt/OtPmN1OiXhEN9kfRkD5pf-Mqt21UJ-9B8PTu9fmSJETq0AA/641"))
    }

    @Test func transcriptLedeKeyPointsAndTurns() throws {
        let article = try Self.load("000_b09f4aadc0171de3.txt")
        #expect(article.blocks[0].kind == .quote)
        #expect(article.summary == article.blocks[0].text)
        #expect(article.summary?.hasPrefix("在全球AI竞赛日趋白热化的当下") == true)
        #expect(article.blocks.filter { $0.kind == .listItem(keyPoint: true) }.map(\.text) == article.keyPoints)
        #expect(article.keyPoints[1] == "法国宣布将在人工智能领域投资 1130 亿美元,试图与美国和中国竞争。")
        let first = article.blocks[article.turns[0].blocks.lowerBound]
        #expect(first.kind == .turn(speaker: 0))
        #expect(first.text.hasPrefix("Tom Mackenzie: 我采访了Aleph Alpha的CEO Jonas Andrulis。"))
        #expect(first.spans.first == InlineSpan(style: .speakerName, range: 0..<13))
        #expect(article.turns.allSatisfy { $0.blocks.count == 1 })
    }

    @Test func headingsWithColonsOutsideDialogueAreNotTurns() throws {
        let article = try Self.load("004_dda8f3f459d6c823.txt")
        #expect(article.title == "DeepSeek: AI新纪元的‘终极武器’还是短暂辉煌?")
        #expect(article.turns.isEmpty)
        #expect(article.summary == nil)
        #expect(article.blocks[0].kind == .paragraph)
    }
}
