import HearsayText
import Testing

/// One case per rule of the line breaker, each at a width that forces the rule to matter.
struct BreakRuleTests {
    @Test func noLineStartsWithClosingPunctuation() {
        // Each width would put the punctuation first on a line if breaks before it were allowed.
        #expect(WrapTesting.lines("我们的文字，继续。", width: 10) == ["我们的文", "字，继续。"])
        #expect(WrapTesting.lines("他说“你好”。然后走了", width: 10) == ["他说“你", "好”。然后", "走了"])
        #expect(WrapTesting.lines("（括号里）》后面", width: 10) == ["（括号", "里）》后面"])
        #expect(WrapTesting.lines("等一下……好吧", width: 6) == ["等一", "下……好", "吧"])
        for width in 4...20 {
            for line in WrapTesting.lines("甲乙丙，丁戊。己庚：辛壬！癸？子丑）寅卯」辰巳』午未》申酉】戌亥”完", width: width).dropFirst() {
                #expect(!BreakRules.noLineStart.contains(line.unicodeScalars.first!.value), "width \(width): \(line)")
            }
        }
    }

    @Test func noLineEndsWithOpeningPunctuation() {
        for width in 4...20 {
            let lines = WrapTesting.lines("甲乙“丙丁”戊己（庚辛）壬癸《子丑》寅卯「辰巳」午未『申酉』戌亥【子丑】完", width: width)
            for line in lines.dropLast() {
                #expect(!BreakRules.noLineEnd.contains(line.unicodeScalars.last!.value), "width \(width): \(line)")
            }
        }
    }

    @Test func numbersStayWithTheirCJKUnit() {
        #expect(WrapTesting.lines("法国投资1130亿美元", width: 12) == ["法国投资", "1130亿美元"])
        #expect(WrapTesting.lines("我们在2024年见面", width: 10) == ["我们在", "2024年见面"])
        // Without the rule ICU breaks between the digits and the unit.
        let icuOnly = LineBreaker(rules: BreakRules.all.subtracting(.keepNumberWithUnit))
        #expect(WrapTesting.lines("法国投资1130亿美元", width: 12, breaker: icuOnly) == ["法国投资1130", "亿美元"])
    }

    @Test func percentagesAndLatinWordsStayWhole() {
        #expect(WrapTesting.lines("增长了70%的收入", width: 8) == ["增长了", "70%的收", "入"])
        #expect(WrapTesting.lines("中国DeepSeek模型", width: 10) == ["中国", "DeepSeek模", "型"])
        #expect(WrapTesting.lines("the quick brown fox", width: 10) == ["the quick", "brown fox"])
        #expect(WrapTesting.lines("版本v2.5.1发布", width: 8) == ["版本", "v2.5.1发", "布"])
    }

    @Test func urlsInTextStayWhole() {
        let text = "详见https://example.org/a/b?c=1，谢谢"
        #expect(WrapTesting.lines(text, width: 30) == ["详见", "https://example.org/a/b?c=1，", "谢谢"])
        // ICU alone breaks after `/` and `?`.
        let icuOnly = LineBreaker(rules: BreakRules.all.subtracting(.keepURLs))
        #expect(WrapTesting.lines(text, width: 30, breaker: icuOnly) == ["详见https://example.org/a/b?", "c=1，谢谢"])
        // Wider than the line: cut only as a last resort, filling each line.
        #expect(WrapTesting.lines(text, width: 20) == ["详见", "https://example.org/", "a/b?c=1，谢谢"])
        #expect(WrapTesting.lines("see www.example.org/path now", width: 26) == ["see www.example.org/path", "now"])
    }

    @Test func asciiPunctuationInChineseTextMayEndALine() {
        #expect(WrapTesting.lines("背景下,DeepSeek的成果", width: 12) == ["背景下,", "DeepSeek的成", "果"])
        #expect(WrapTesting.lines("原链接:https://example.org/v", width: 26) == ["原链接:", "https://example.org/v"])
        // Only after CJK: Latin text keeps UAX #14's `e.g.,x`.
        #expect(LineBreaker().opportunities(in: "a,b").map(\.offset) == [3])
        // ICU alone keeps `下,DeepSeek` together.
        let icuOnly = LineBreaker(rules: BreakRules.all.subtracting(.breakAfterASCIIPunctuationInCJK))
        #expect(WrapTesting.lines("背景下,DeepSeek的成果", width: 12, breaker: icuOnly) == ["背景", "下,DeepSeek", "的成果"])
    }

    @Test func graphemeClustersAreNeverSplit() {
        let family = "👨‍👩‍👧"  // 6 columns as glibc counts it
        #expect(WrapTesting.lines("ab\(family)cd", width: 4) == ["ab", family, "cd"])
        #expect(WrapTesting.lines("🇨🇳🇫🇷🇺🇸", width: 5) == ["🇨🇳🇫🇷", "🇺🇸"])
        #expect(WrapTesting.lines("cafe\u{301}cafe\u{301}", width: 4) == ["cafe\u{301}", "cafe\u{301}"])
        // The selector stays with its character (and is then left out of what is drawn: VS16).
        #expect(WrapTesting.lines("中\u{FE0F}文", width: 2) == ["中", "文"])
    }

    @Test func overLongWordsAreCutAtGraphemeBoundaries() {
        #expect(WrapTesting.lines("Supercalifragilistic", width: 8) == ["Supercal", "ifragili", "stic"])
        #expect(WrapTesting.lines("abcde\u{301}fgh", width: 5) == ["abcde\u{301}", "fgh"])
        // A cut avoids starting a line with punctuation when an earlier cut fits.
        #expect(WrapTesting.lines("https://a.b.c.d.e.f", width: 9) == ["https://", "a.b.c.d.", "e.f"])
        #expect(WrapTesting.lines("www.abcdefg.com", width: 11) == ["www.abcdef", "g.com"])
    }

    @Test func aGraphemeWiderThanTheLineGetsALineOfItsOwn() {
        #expect(WrapTesting.lines("中文", width: 1) == ["中", "文"])
        #expect(WrapTesting.lines("a中b", width: 1) == ["a", "中", "b"])
    }

    @Test func mandatoryBreaksEndLines() {
        #expect(WrapTesting.lines("第一行\n第二行", width: 20) == ["第一行", "第二行"])
        #expect(WrapTesting.lines("a\n\nb", width: 20) == ["a", "", "b"])
    }

    @Test func opportunitiesAreUTF8Offsets() {
        let breaker = LineBreaker()
        #expect(
            breaker.opportunities(in: "中文 ab") == [
                BreakOpportunity(offset: 3, isMandatory: false),
                BreakOpportunity(offset: 7, isMandatory: false),
                BreakOpportunity(offset: 9, isMandatory: false),
            ])
        #expect(breaker.opportunities(in: "a\nb").map(\.isMandatory) == [true, false])
        #expect(breaker.opportunities(in: "").isEmpty)
    }

    @Test func aRunLongerThanAScanningChunkIsFoundWhole() {
        let word = String(repeating: "a", count: 50_000)
        #expect(LineBreaker().opportunities(in: word + " 中文").map(\.offset) == [50_001, 50_004, 50_007])
        let lines = LineWrapper().wrap(text: "中" + word + "文", width: 30_000)
        #expect(lines.map(\.width) == [2, 30_000, 20_002])  // 文 joins the rest of the cut word
    }

    @Test func longTextsAreScannedInChunksWithTheSameResult() {
        // Longer than several scanning chunks, with URLs, numbers and quotes across chunk ends.
        var text = ""
        for index in 0..<3000 { text += "第\(index)段“引用”见https://example.org/\(index)，共1130亿元。Latin words here. " }
        let whole = LineBreaker().opportunities(in: text)
        var pieces: [BreakOpportunity] = []
        var offset = 0
        for sentence in text.split(separator: " ", omittingEmptySubsequences: false).dropLast() {
            let piece = String(sentence) + " "
            pieces += LineBreaker().opportunities(in: piece).map {
                BreakOpportunity(offset: $0.offset + offset, isMandatory: $0.isMandatory)
            }
            offset += piece.utf8.count
        }
        #expect(text.utf8.count > 200_000)
        #expect(whole == pieces)
    }
}
