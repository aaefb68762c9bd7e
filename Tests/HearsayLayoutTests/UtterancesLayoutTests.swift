import HearsayLayout
import HearsayModel
import HearsayTesting
import HearsayText
import Testing

/// `LayoutMode.utterances`: quotes laid out from the article's own text, each line mapping back
/// to the paragraph it shows.
struct UtterancesLayoutTests {
    static func text(of layout: ArticleLayout) -> [String] {
        (0..<layout.lineCount).map { TextRendering.plain(layout.line($0)) }
    }

    /// Two quotes in one paragraph (a split quote), then a quote over two paragraphs.
    static let splitText = """
        ---
        title: "分段引语"
        ---

        “成本确实在降，”王建国说，“但生态评估不能省。”

        他还表示：“第一期观测持续三年。

        “第二期观测会更长。”
        """

    static var split: Article { ArticleParser().parse(splitText, id: "split.md").article! }

    @Test func theSummitsQuotesAtWidth40() {
        let summit = ProseDialogueFixtures.summit
        let layout = ArticleLayout(article: summit, width: 40, mode: .utterances(speakers: [], quotes: [0, 1, 2]))
        #expect(
            Self.text(of: layout) == [
                "李文博: (quoted) 防洪堤每加高一米，城市",
                "  就多一份安全。",
                "",
                "李文博: (quoted) 我们不会拆掉老城区。",
                "",
                "Anna de Vries: (quoted) 与水共存比与水对",
                "  抗更便宜。",
            ])
        // Every line of a quote maps back to the quote's paragraph, at the quote's words.
        for (index, quote) in summit.quotes.prefix(3).enumerated() {
            let line = layout.lineIndex(containing: quote.range.lowerBound)
            #expect(layout.line(line).quote == index && layout.position(atLine: line) == quote.range.lowerBound)
        }
        #expect(layout.line(0).block == summit.quotes[0].range.lowerBound.block && layout.line(0).turn == nil)
    }

    @Test func twoQuotesInOneParagraphAndOneOverTwoParagraphs() {
        let article = Self.split
        #expect(article.quotes.map(\.speaker) == ["王建国", "王建国", "王建国"])
        let layout = ArticleLayout(article: article, width: 40, mode: .utterances(speakers: [], quotes: [0, 1, 2]))
        #expect(
            Self.text(of: layout) == [
                "王建国: (quoted) 成本确实在降，",
                "",
                "王建国: (quoted) 但生态评估不能省。",
                "",
                "王建国: (quoted) 第一期观测持续三年。",
                "  第二期观测会更长。",
            ])
        // The second quote of the paragraph is found after the first (the blank between them
        // keeps the paragraph's block).
        #expect(layout.lineIndex(containing: article.quotes[1].range.lowerBound) == 2)
        #expect(layout.lineIndex(containing: article.quotes[0].range.lowerBound) == 0)
        let fresh = ArticleLayout(article: article, width: 40, mode: .utterances(speakers: [], quotes: [0, 1, 2]))
        #expect(fresh.lineIndex(containing: article.quotes[1].range.lowerBound) == 2)
        #expect(fresh.lineIndex(containing: article.quotes[2].range.upperBound) == 5)
    }

    @Test func shownRangesAreTheQuotesWords() {
        let article = Self.split
        let mode = LayoutMode.utterances(speakers: [], quotes: [1])
        let block = article.quotes[1].range.lowerBound.block
        let ranges = mode.shownRanges(inBlock: block, of: article)
        let text = Array(article.blocks[block].text.utf8)
        #expect(ranges.map { String(decoding: text[$0], as: UTF8.self) } == ["但生态评估不能省。"])
        #expect(LayoutMode.article.shownRanges(inBlock: block, of: article) == [0..<text.count])
        #expect(LayoutMode.dialogue(speakers: nil).shownRanges(inBlock: block, of: article).isEmpty)
    }

    /// The turns of the speakers given, laid out as the dialogue mode lays them out.
    @Test func turnsOfTheSpeakersGiven() {
        let interview = UIFixtures.interview
        let layout = ArticleLayout(article: interview, width: 60, mode: .utterances(speakers: [2], quotes: []))
        #expect(
            Self.text(of: layout) == [
                "王建国: 成本确实在降，但生态评估的时间不能省。",
                "",
                "        我们在东海做过三年的观测，数据很有说服力。",
                "",
                "王建国: 前提是评估做扎实。",
            ])
    }
}
