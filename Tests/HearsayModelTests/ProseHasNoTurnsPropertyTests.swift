import HearsayModel
import PropertyBased
import Testing

/// Prose with no labels never yields turns, however its words (names and role words included) and its
/// markdown (headings, bold, lists with bold labels, quotes, stage-direction-like brackets) are arranged.
@Suite(.timeLimit(.minutes(2)))
struct ProseHasNoTurnsPropertyTests {
    /// Words, names and role words: a label is a matter of form, not of vocabulary.
    static let words = [
        "主持人", "记者", "问", "答", "嘉宾", "唐凤", "马克龙", "Host", "Guest", "Q", "A", "Anna Li", "今天", "我们", "市场", "开源",
        "the", "council", "said", "模型", "投资", "欧洲", "銭湯", "の", "話", "10", "2月", "DeepSeek", "**重点**", "_注_", "（笑声）",
    ]
    static let sentenceEnds = ["。", "！", "？", ".", "!", "?", "……"]

    /// A sentence: words, a comma, maybe more words and a colon after the comma (`他说，我们：…`), an end.
    static func sentence(_ picks: [Int]) -> String {
        guard !picks.isEmpty else { return "好。" }
        var text = ""
        for (offset, pick) in picks.enumerated() {
            text += words[pick % words.count]
            if offset == 0 { text += "，" }
            if offset == 2, pick % 3 == 0 { text += "：" }
        }
        return text + sentenceEnds[picks[0] % sentenceEnds.count]
    }

    /// A markdown paragraph of one kind around a few sentences.
    static func paragraph(kind: Int, _ sentences: [[Int]]) -> String {
        let body = sentences.map(sentence).joined()
        switch kind % 6 {
        case 0: return "## " + body.replacingOccurrences(of: "：", with: " ")
        case 1: return "- **\(words[sentences.first?.first ?? 0])**: " + body
        case 2: return "> " + body
        case 3: return "**" + body + "**"
        default: return body
        }
    }

    @Test func proseWithoutLabelsNeverYieldsTurns() async {
        let sentences = Gen.int(in: 0..<Self.words.count).array(of: 1...8).array(of: 1...4)
        await propertyCheck(count: 400, input: sentences.array(of: 1...40), Gen.int(in: 0..<6).array(of: 1...40)) { paragraphs, kinds in
            let text =
                "# 标题\n\n"
                + paragraphs.enumerated().map { Self.paragraph(kind: kinds[$0.offset % kinds.count], $0.element) }
                .joined(separator: "\n\n") + "\n"
            let result = ArticleParser().parse(text, id: "prose.md")
            let article = try #require(result.article)
            #expect(article.turns.isEmpty, "\(text)")
            #expect(article.speakers.isEmpty)
            #expect(!result.diagnostics.contains { $0.message.contains("speaker labels") })
        }
    }
}
