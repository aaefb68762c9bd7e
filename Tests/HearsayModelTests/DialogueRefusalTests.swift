import HearsayModel
import Testing

/// Weak evidence invents no speakers, and says why: `hearsay check` shows these warnings.
struct DialogueRefusalTests {
    func parse(_ text: String) -> ParseResult {
        ArticleParser().parse(text, id: "t.md", file: "t.md")
    }

    @Test func oneLabelThatNoOneAnswersIsRefused() throws {
        let result = parse("# 语录\n\n张三：第一句。\n\n张三：第二句。\n\n张三：第三句。\n\n张三：第四句。\n")
        #expect(result.article?.turns.isEmpty == true)
        #expect(
            result.diagnostics.map(\.description) == [
                "t.md:3: warning: 4 lines look like speaker labels (张三 ×4) but were not read as turns: only one label (张三) recurs: no one answers"
            ])
    }

    @Test func labelsThatDoNotAlternateAreRefused() throws {
        let result = parse("甲：一。\n\n甲：二。\n\n甲：三。\n\n乙：四。\n\n乙：五。\n")
        #expect(result.article?.turns.isEmpty == true)
        #expect(
            result.diagnostics.map(\.message) == [
                "5 lines look like speaker labels (甲 ×3, 乙 ×2) but were not read as turns: the labels do not alternate"
            ])
    }

    /// Five paragraphs of prose between labels would still be long answers; six are not a conversation.
    @Test func labelsLostInProseAreRefused() throws {
        let prose = Array(repeating: "这是一段很长的叙述，没有任何标签。", count: 6).joined(separator: "\n\n")
        let text = ["王五：开头。", prose, "赵六：中间。", prose, "王五：再说。", prose, "赵六：结尾。", prose, "王五：最后。"].joined(separator: "\n\n")
        let result = parse(text)
        #expect(result.article?.turns.isEmpty == true)
        #expect(
            result.diagnostics.map(\.message) == [
                "5 lines look like speaker labels (王五 ×3, 赵六 ×2) but were not read as turns: labelled paragraphs are too sparse (5 of 29 paragraphs)"
            ])
    }

    @Test func fewLabelLikeLinesSayNothing() {
        let result = parse("记者：张三\n\n时间：2月10日\n\n注意：这是正文。\n\n正文。\n")
        #expect(result.diagnostics.isEmpty)
        #expect(result.article?.turns.isEmpty == true)
    }
}
