import HearsayModel
import Testing

@testable import HearsaySearch

/// Expected lines worked out by hand: the match starts at column (width − its width) / 2, CJK
/// characters are two columns, `…` one; a wide character that does not fit leaves a column free.
struct KeywordInContextTests {
    let chinese = "在巴黎的会议上，Nova Labs 的研究员说：开源模型 Nova-7 的下载次数过了三百万次，社区也很活跃。"
    let mixed = "The lab released Nova-7 on Monday, and 社区的反应非常热烈，下载量在一周内超过了三百万次。"

    private func range(of needle: String, in text: String) -> Range<Int> {
        let start = text.range(of: needle)!.lowerBound
        let offset = text.utf8.distance(from: text.startIndex, to: start)
        return offset..<(offset + needle.utf8.count)
    }

    @Test func chineseContextAtWidth40() {
        let line = KeywordInContext.line(in: chinese, match: range(of: "Nova-7", in: chinese), width: 40)
        // Left budget 17: "…" + 员说：开源模型␠ is 16 columns (究 would make 18), so one space pads.
        #expect(line.text == " …员说：开源模型 Nova-7 的下载次数过了…")
        #expect(line.matchColumns == 17..<23)
    }

    @Test func chineseContextAtWidth80() {
        let line = KeywordInContext.line(in: chinese, match: range(of: "Nova-7", in: chinese), width: 80)
        #expect(line.text == " …上，Nova Labs 的研究员说：开源模型 Nova-7 的下载次数过了三百万次，社区也很活…")
        #expect(line.matchColumns == 37..<43)
    }

    @Test func mixedContextAtWidth40And80() {
        let match = range(of: "Nova-7", in: mixed)
        let narrow = KeywordInContext.line(in: mixed, match: match, width: 40)
        #expect(narrow.text == "The lab released Nova-7 on Monday, and …")
        #expect(narrow.matchColumns == 17..<23)
        let wide = KeywordInContext.line(in: mixed, match: match, width: 80)
        #expect(wide.text == String(repeating: " ", count: 20) + "The lab released Nova-7 on Monday, and 社区的反应非常热烈，…")
        #expect(wide.matchColumns == 37..<43)
    }

    @Test func matchAtTheStartIsPaddedToTheCentre() {
        let text = "Nova-7 发布于周一。"
        let line = KeywordInContext.line(in: text, match: 0..<6, width: 40)
        #expect(line.text == String(repeating: " ", count: 17) + "Nova-7 发布于周一。")
        #expect(line.matchColumns == 17..<23)
    }

    @Test func wideMatchInANarrowLine() {
        let text = "前文开源模型后文"
        let line = KeywordInContext.line(in: text, match: range(of: "开源模型", in: text), width: 11)
        // Match 8 columns; left budget 1: only room for "…"; right budget 2: "…" and a free column.
        #expect(line.text == "…开源模型…")
        #expect(line.matchColumns == 1..<9)
        let tooNarrow = KeywordInContext.line(in: text, match: range(of: "开源模型", in: text), width: 6)
        #expect(tooNarrow.text == "开源…")
        #expect(tooNarrow.matchColumns == 0..<5)
    }

    @Test func controlCharactersBecomeSpaces() {
        let text = "上一行\n关键\t下一行"
        let line = KeywordInContext.line(in: text, match: range(of: "关键", in: text), width: 20)
        // Left budget 8: "上一行␠" is 7 columns, so one space pads.
        #expect(line.text == " 上一行 关键 下一行")
        #expect(line.matchColumns == 8..<12)
    }

    @Test func escapeSequencesNeverReachTheTerminal() {
        let text = "红\u{1B}[31m关键"
        let line = KeywordInContext.line(in: text, match: range(of: "关键", in: text), width: 16)
        // ESC shows as its Control Picture ␛ (one column): "红␛[31m" is 7 columns of a 6-column budget.
        #expect(line.text == "…␛[31m关键")
        #expect(line.matchColumns == 6..<10)
    }

    @Test func lineForAMatchInAnArticle() throws {
        let article = InventedArticles.transcript
        let match = try #require(ArticleSearcher.matches(of: SearchQuery(parsing: "成本"), in: article).first)
        let line = KeywordInContext.line(for: match, in: article, width: 30)
        // "Bob Li: 开源也有成本。": the context starts after the name; left budget 13 holds "开源也有" (8).
        #expect(line.text == "     开源也有成本。")
        #expect(line.matchColumns == 13..<17)
    }

    @Test func aTurnsContextStartsAfterTheSpeakersName() {
        let article = InventedArticles.transcript
        let block = article.blocks[4]  // "Bob Li: 开源也有成本。"
        let words = "Bob Li: ".utf8.count
        let inWords = KeywordInContext.line(
            for: SearchMatch(block: 4, range: words..<(words + 6), turn: 1, speaker: 1), in: article, width: 24)
        // Match 4 columns, budgets 10 and 10: nothing of the name is shown before it.
        #expect(inWords.text == String(repeating: " ", count: 10) + "开源也有成本。")
        #expect(inWords.matchColumns == 10..<14)
        // A match in the name itself keeps the whole block as its context.
        let inName = KeywordInContext.line(for: SearchMatch(block: 4, range: 0..<3), in: article, width: 24)
        // "Bob" 3 columns, right budget 11: " Li: 开源" (9) and "…"; 也 would make 12.
        #expect(inName.text == String(repeating: " ", count: 10) + "Bob Li: 开源…")
        #expect(block.wordsStart == words)
        #expect(article.blocks[3].wordsStart == 0)
    }
}
