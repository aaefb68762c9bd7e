import Testing
@testable import HearsaySearch

/// Folding: what matches what, and where a match lands in the original text.
struct FoldedTextTests {
    /// The original substrings that `needle` matches in `text`.
    private func found(_ needle: String, in text: String) -> [String] {
        let folded = FoldedText(text)
        let needleBytes = FoldedText(needle).utf8
        let bytes = Array(text.utf8)
        return folded.originalRanges(of: needleBytes).map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    @Test func fullwidthLatinFoldsToAscii() {
        #expect(FoldedText("ＡＩ").string == "ai")
        #expect(found("ＡＩ", in: "新的AI模型") == ["AI"])
        #expect(found("ai", in: "新的ＡＩ模型") == ["ＡＩ"])
    }

    @Test func fullwidthPunctuationFoldsToAscii() {
        #expect(FoldedText("，").string == ",")
        #expect(found("，", in: "甲,乙，丙") == [",", "，"])
        #expect(found("：", in: "Host: 你好") == [":"])
    }

    @Test func latinCaseIsIgnored() {
        #expect(found("deepwater", in: "DeepWater 和 DEEPWATER 和 deepwater") == ["DeepWater", "DEEPWATER", "deepwater"])
        #expect(found("STRASSE", in: "die Straße") == ["Straße"])
    }

    @Test func offsetsAfterFullwidthCharactersLandOnTheRightCharacters() {
        let text = "ＡＢＣ，模型Ｘ１和x1"
        let folded = FoldedText(text)
        #expect(folded.string == "abc,模型x1和x1")
        let ranges = folded.originalRanges(of: Array("x1".utf8))
        let bytes = Array(text.utf8)
        #expect(ranges.map { String(decoding: bytes[$0], as: UTF8.self) } == ["Ｘ１", "x1"])
        // ＡＢＣ， is 4 × 3 bytes, 模型 2 × 3: Ｘ１ starts at 18 and ends at 24.
        #expect(ranges.first == 18..<24)
        #expect(ranges.last == 27..<29)
    }

    @Test func ligatureMatchesItsLettersButNotHalfOfIt() {
        #expect(found("find", in: "ﬁnd it") == ["ﬁnd"])
        #expect(found("fi", in: "a ﬁ b") == ["ﬁ"])
        // "f" alone would end inside the ligature: no match rather than half a character.
        #expect(found("f", in: "ﬁ") == [])
        #expect(found("i", in: "ﬁ i") == ["i"])
    }

    @Test func combiningMarksStayWithTheirBase() {
        // "é" written as e + U+0301 composes under NFKC and matches the precomposed form.
        #expect(found("café", in: "cafe\u{0301} noir") == ["cafe\u{0301}"])
        #expect(found("cafe\u{0301}", in: "Café") == ["Café"])
        // "q" + U+0301 has no precomposed form: "q" alone would end inside the cluster.
        #expect(found("q", in: "q\u{0301}q") == ["q"])
        let folded = FoldedText("q\u{0301}q")
        #expect(folded.originalRanges(of: Array("q".utf8)) == [3..<4])
    }

    @Test func rangesMatchingUnfoldedText() {
        #expect(FoldedText("甲ＡＩ乙ai").originalRanges(matching: "Ai") == [3..<9, 12..<14])
    }

    @Test func offsetsInsideAClusterHaveNoOriginal() {
        let folded = FoldedText("aＢc")
        #expect(folded.string == "abc")
        #expect(folded.originalOffset(forFolded: 0) == 0)
        #expect(folded.originalOffset(forFolded: 1) == 1)
        #expect(folded.originalOffset(forFolded: 2) == 4)
        #expect(folded.originalOffset(forFolded: 3) == 5)
        let ligature = FoldedText("xﬃy")
        #expect(ligature.string == "xffiy")
        #expect(ligature.originalOffset(forFolded: 1) == 1)
        #expect(ligature.originalOffset(forFolded: 2) == nil)
        #expect(ligature.originalOffset(forFolded: 3) == nil)
        #expect(ligature.originalOffset(forFolded: 4) == 4)
    }

    @Test func emojiSequencesAreNotSplit() {
        let family = "👨\u{200D}👩\u{200D}👧"
        #expect(found("👨", in: family + " 👨") == ["👨"])
        #expect(found(family, in: "a" + family) == [family])
    }

    @Test func foldingAgreesWithPythonsNfkcCasefoldOnSamples() {
        // Expected values computed with unicodedata.normalize("NFKC", s).casefold().
        #expect(FoldedText("ẞ Σ ς Ⅻ ① ㍿ ｶﾞ K Å").string == "ss σ σ xii 1 株式会社 ガ k å")
        #expect(FoldedText("ＤｅｅｐＳｅｅｋ").string == "deepseek")
        #expect(FoldedText("“引号”与…省略").string == "“引号”与...省略")
    }
}
