import HearsayText
import PropertyBased
import Testing

/// Wrapping random mixes of CJK, Latin, numbers, punctuation, URLs and emoji at random widths.
struct WrapPropertyTests {
    static let tokens: [String] = [
        "中", "文", "巴黎", "峰会", "人工智能", "亿", "年", "，", "。", "、", "：", "！", "？", "“", "”", "（", "）",
        "《", "》", "「", "」", "……", "——", "ー", "っ", " ", " ", " ", "  ", "DeepSeek", "AI", "a", "Supercalifragilistic",
        "1130", "70%", "2024", "v2.5.1", ",", ".", "-", "https://example.org/a?b=1", "👨‍👩‍👧", "🇨🇳", "🇫🇷", "e\u{301}",
        "👍🏽", "❤️", "Ａ", "한국어", "ｶﾞ", "\u{301}", "\u{200D}", "\u{FE0F}", "🏻", "\u{1F1E8}",
    ]

    /// A text made of 0–80 random tokens.
    static let texts = Gen<Int>.int(in: 0...(tokens.count - 1)).array(of: 0...80).map { indices in
        indices.map { WrapPropertyTests.tokens[$0] }.joined()
    }

    static func graphemeBoundaries(of text: String) -> Set<Int> {
        var boundaries: Set<Int> = [0]
        var offset = 0
        for character in text {
            offset += character.utf8.count
            boundaries.insert(offset)
        }
        return boundaries
    }

    @Test func noLineIsWiderThanTheWidthUnlessItIsOneWideGrapheme() async {
        await propertyCheck(count: 300, input: Self.texts, Gen.int(in: 1...200)) { text, width in
            for line in LineWrapper().wrap(text: text, width: width) where line.width > width {
                #expect(line.text.count == 1, "width \(width): \(line.text)")
            }
        }
    }

    @Test func indentedLinesFitTooUnlessOneWideGrapheme() async {
        await propertyCheck(count: 200, input: Self.texts, Gen.int(in: 1...200), Gen.int(in: 0...12)) { text, width, indent in
            for line in LineWrapper().wrap(text: text, width: width, firstIndent: indent, hangingIndent: indent) where line.width > width {
                #expect(line.text.count == 1, "width \(width), indent \(indent): \(line.text)")
            }
        }
    }

    @Test func joiningTheLinesGivesBackTheTextMinusBreakSpaces() async {
        await propertyCheck(count: 300, input: Self.texts, Gen.int(in: 1...200)) { text, width in
            let lines = LineWrapper().wrap(text: text, width: width).filter { $0.source != nil }
            let bytes = Array(text.utf8)
            var expected = 0
            var joined = ""
            for line in lines {
                let source = line.source!
                // Between two lines only the spaces of a break may go missing.
                #expect(bytes[expected..<source.lowerBound].allSatisfy { $0 == 0x20 }, "width \(width)")
                joined += line.text
                expected = source.upperBound
            }
            #expect(bytes[expected...].allSatisfy { $0 == 0x20 })
            let kept = lines.map { String(decoding: bytes[$0.source!], as: UTF8.self) }.joined()
            // What is drawn is the source made safe: VS16 left out (`DisplaySafety`).
            #expect(joined == DisplaySafety.sanitized(kept))
            #expect(joined.replacingSpaces == DisplaySafety.sanitized(text).replacingSpaces)
        }
    }

    @Test func noGraphemeClusterIsSplit() async {
        await propertyCheck(count: 300, input: Self.texts, Gen.int(in: 1...200)) { text, width in
            let boundaries = Self.graphemeBoundaries(of: text)
            for line in LineWrapper().wrap(text: text, width: width) {
                for run in line.runs {
                    #expect(
                        boundaries.contains(run.source.lowerBound) && boundaries.contains(run.source.upperBound),
                        "width \(width): \(run.text)")
                }
            }
        }
    }

    @Test func everyLineExceptALastResortCutRespectsThePunctuationRules() async {
        await propertyCheck(count: 300, input: Self.texts, Gen.int(in: 6...200)) { text, width in
            let opportunities = Set(LineBreaker().opportunities(in: text).map(\.offset))
            let lines = LineWrapper().wrap(text: text, width: width)
            for (line, next) in zip(lines, lines.dropFirst()) {
                guard let end = line.source?.upperBound, let start = next.source?.lowerBound,
                    opportunities.contains(start)
                else { continue }  // a cut inside an over-long piece
                #expect(!BreakRules.noLineStart.contains(next.text.unicodeScalars.first!.value), "width \(width): \(next.text)")
                #expect(!BreakRules.noLineEnd.contains(line.text.unicodeScalars.last!.value), "width \(width): \(line.text) / \(end)")
            }
        }
    }
}

private extension String {
    var replacingSpaces: String { String(unicodeScalars.filter { $0 != " " }.map(Character.init)) }
}
