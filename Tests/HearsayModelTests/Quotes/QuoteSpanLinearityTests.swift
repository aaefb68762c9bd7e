import HearsayModel
import HearsayTesting
import Testing

/// Quotation marks that never close stay linear (found by `hearsay-bench fuzz`: 22,000 stray `“`
/// joined by ZWJ in one paragraph took 13 s of CPU, each stray mark re-reading the paragraph).
struct QuoteSpanLinearityTests {
    static func strayOpenings(_ count: Int) -> String {
        "# 标题\n\n" + String(repeating: "\u{200D}“", count: count) + "\n"
    }

    @Test func strayOpeningMarksAreLinear() {
        func fastest(_ count: Int) -> Double {
            let text = Self.strayOpenings(count)
            return ThreadClock.fastest { _ = ArticleParser().parse(text, id: "t.md") }
        }
        _ = fastest(500)
        let single = fastest(2_000)
        let quadruple = fastest(8_000)
        #expect(quadruple / single < 8, "2,000: \(single / 1e6) ms, 8,000: \(quadruple / 1e6) ms")
    }

    @Test func aQuotationAfterAFewStrayMarksIsStillFound() throws {
        let text = "# 标题\n\n“甲“乙“丙。“我们会加快投资。”马克龙表示。\n"
        let article = try #require(ArticleParser().parse(text, id: "t.md").article)
        #expect(article.quotes.map(\.text) == ["我们会加快投资。"])
        #expect(article.quotes.map(\.speaker) == ["马克龙"])
    }

    @Test func nestingDeeperThanTheLimitIsText() throws {
        let opened = String(repeating: "「", count: 12) + "深" + String(repeating: "」", count: 12)
        let article = try #require(ArticleParser().parse("# 标题\n\n" + opened + "王立说。\n", id: "t.md").article)
        // One quotation: the outermost marks; the inner ones past the depth limit are its words.
        #expect(article.quotes.count == 1)
        #expect(article.quotes.first?.text.hasPrefix(String(repeating: "「", count: 11)) == true)
    }
}
