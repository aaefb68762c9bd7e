import HearsayTesting
import Testing

@testable import HearsayModel

/// The inline parser takes linear steps on the inputs that made it quadratic (issue 17, item 2),
/// and still reads ordinary emphasis and links as before.
struct InlineLinearityTests {
    static func nestedEmphasis(_ count: Int) -> String {
        String(repeating: "**_", count: count) + "字" + String(repeating: "_**", count: count)
    }

    static func unclosedLinks(_ count: Int) -> String { String(repeating: "[x](", count: count) }

    /// Steps for 2N stay within 2.5 × the steps for N (quadratic would be 4×).
    static func growsLinearly(_ make: (Int) -> String) -> (Int, Int) {
        (InlineParser.matchingSteps(make(2_000)), InlineParser.matchingSteps(make(4_000)))
    }

    @Test func nestedEmphasisIsLinear() {
        let (single, double) = Self.growsLinearly(Self.nestedEmphasis)
        #expect(Double(double) <= 2.5 * Double(single), "\(single) then \(double) steps")
    }

    @Test func unclosedLinksAreLinear() {
        let (single, double) = Self.growsLinearly(Self.unclosedLinks)
        #expect(Double(double) <= 2.5 * Double(single), "\(single) then \(double) steps")
    }

    @Test func unmatchedClosersAndMixedRunsAreLinear() {
        for make: (Int) -> String in [
            { String(repeating: "a** ", count: $0) }, { String(repeating: "_a*", count: $0) },
            { String(repeating: "*", count: $0) + "x" + String(repeating: "_", count: $0) },
            { String(repeating: "[](", count: $0) + String(repeating: ")", count: $0) },
        ] {
            let (single, double) = Self.growsLinearly(make)
            #expect(Double(double) <= 2.5 * Double(single), "\(make(2)): \(single) then \(double) steps")
        }
    }

    /// The whole parse too (the emphasis makes many bold runs, which `PseudoHeadings` cuts into
    /// pieces): four times the input takes about four times this thread's CPU time (16× would be
    /// quadratic), fastest of three.
    @Test func wholeArticleParsesInLinearTime() {
        func fastest(_ count: Int) -> Double {
            let text = "# 标题\n\n" + Self.nestedEmphasis(count) + "\n\n" + Self.unclosedLinks(count) + "\n"
            return ThreadClock.fastest { _ = ArticleParser().parse(text, id: "t.md") }
        }
        _ = fastest(500)
        let single = fastest(4_000)
        let quadruple = fastest(16_000)
        #expect(quadruple / single < 8, "4,000: \(single / 1e6) ms, 16,000: \(quadruple / 1e6) ms")
    }

    /// `style:text` of each span InlineParser makes of `text`.
    static func spans(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        var builder = SpanBuilder()
        bytes.withUnsafeBufferPointer { InlineParser.parse($0, 0..<$0.count, into: &builder) }
        return builder.spans.map { "\($0.style):\(String(decoding: builder.bytes[$0.range], as: UTF8.self))" }
    }

    @Test func smallNestedEmphasisReadsAsCommonMarkDoes() {
        #expect(Self.spans("前**_字_**后") == ["plain:前", "boldItalic:字", "plain:后"])
        // CommonMark pairs `**`…`**` around the first `_`, and so on outwards: a match removes the
        // delimiters between its two ends, so nothing crosses.
        #expect(
            Self.spans("前" + Self.nestedEmphasis(3) + "后")
                == ["plain:前", "bold:_", "italic:**", "plain:字", "italic:**", "bold:_", "plain:后"])
        #expect(Self.spans("*a _b* c_") == ["italic:a _b", "plain: c_"])
        #expect(Self.spans("[x](a(b)c) 后") == ["link(url: \"a(b)c\"):x", "plain: 后"])
        #expect(Self.spans("[x]([y](z)") == ["plain:[x](", "link(url: \"z\"):y"])
    }
}
