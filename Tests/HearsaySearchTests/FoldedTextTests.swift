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
        // Expected values computed with unicodedata.normalize("NFC", unicodedata.normalize("NFKC", s).casefold()),
        // compared as UTF-8 bytes: Swift's `==` would call a decomposed ガ equal to the composed one.
        #expect(
            FoldedText("ẞ Σ ς Ⅻ ① ㍿ ｶﾞ K Å").utf8
                == Array("ss \u{3C3} \u{3C3} xii 1 \u{682A}\u{5F0F}\u{4F1A}\u{793E} \u{30AC} k \u{E5}".utf8))
        #expect(FoldedText("ＤｅｅｐＳｅｅｋ").utf8 == Array("deepseek".utf8))
        #expect(FoldedText("“引号”与…省略").utf8 == Array("“引号”与...省略".utf8))
        #expect(FoldedText("ｳﾞ ヴ ǰ j\u{30C}").utf8 == Array("\u{30F4} \u{30F4} \u{1F0} \u{1F0}".utf8))
    }

    @Test func halfwidthKatakanaWithVoicedMarksMatchesFullwidth() {
        // ｶﾞ 0..<6, ガ 7..<10, ﾊﾟ 11..<17, パ 18..<21, ｳﾞ 22..<28, ヴ 29..<32, カ + U+3099 33..<39.
        let text = "ｶﾞ ガ ﾊﾟ パ ｳﾞ ヴ カ\u{3099}"
        let folded = FoldedText(text)
        for query in ["ｶﾞ", "ガ", "カ\u{3099}"] {
            #expect(folded.originalRanges(matching: query) == [0..<6, 7..<10, 33..<39], "\(query)")
        }
        #expect(folded.originalRanges(matching: "ﾊﾟ") == [11..<17, 18..<21])
        #expect(folded.originalRanges(matching: "パ") == [11..<17, 18..<21])
        #expect(folded.originalRanges(matching: "ヴ") == [22..<28, 29..<32])
        #expect(folded.originalRanges(matching: "ｳﾞ") == [22..<28, 29..<32])
        // The unvoiced ｶ (and カ) is not the start of a voiced one.
        #expect(folded.originalRanges(matching: "ｶ") == [])
    }

    @Test func composedAndDecomposedFormsFindEachOther() {
        // ǰ (U+01F0) has no upper case: case folding decomposes it, NFC composes it again.
        let text = "ǰ j\u{30C} é e\u{301}"
        let folded = FoldedText(text)
        #expect(folded.originalRanges(matching: "\u{1F0}") == [0..<2, 3..<6])
        #expect(folded.originalRanges(matching: "j\u{30C}") == [0..<2, 3..<6])
        #expect(folded.originalRanges(matching: "j") == [])  // would end inside ǰ
        #expect(folded.originalRanges(matching: "\u{E9}") == [7..<9, 10..<13])
        #expect(folded.originalRanges(matching: "e\u{301}") == [7..<9, 10..<13])
    }
}
