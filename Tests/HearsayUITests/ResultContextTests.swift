import HearsayModel
import HearsaySearch
import HearsayTesting
import Testing

@testable import HearsayUI

/// Coverage results give the sentence holding a match room: in Chinese a centred line kept about
/// half its width left of the keyword and cut the opening of the quote searched for.
@Suite struct ResultContextTests {
    static let paragraph = "会议在周一开幕。王建国在发言中说：“我们花了整整三年时间观测东海的潮流，最后才确定储能是关键。”随后他离开了会场，没有接受采访。"

    func line(width: Int) -> (text: String, matchColumns: Range<Int>) {
        var b = FixtureArticleBuilder(id: "q.md", title: "t")
        b.paragraph(Self.paragraph)
        let article = b.article
        let start = Self.paragraph.utf8.count - Self.paragraph[Self.paragraph.range(of: "储能")!.lowerBound...].utf8.count
        let match = SearchMatch(block: 0, range: start..<(start + "储能".utf8.count))
        return ResultContext.line(for: match, in: article, width: width)
    }

    @Test func aLongSentenceStartsTheLine() {
        let wide = line(width: 76)
        // 32 wide characters and “ (one column) before the match; 是关键 and … fill the width.
        #expect(wide.text == "王建国在发言中说：“我们花了整整三年时间观测东海的潮流，最后才确定储能是关键…")
        #expect(wide.matchColumns == 65..<69)
    }

    /// Where the sentence's start and the match do not fit, the keyword is centred as before.
    @Test func tooLongAndTheKeywordIsCentred() {
        let narrow = line(width: 40)
        #expect(narrow.matchColumns == 18..<22)
        #expect(narrow.text == " …潮流，最后才确定储能是关键。”随后他离…")
    }

    @Test func articleRowsCountTheirMatches() {
        var app = AppState(corpus: UIFixtures.corpus, size: ScreenSize(width: 80, height: 24))
        KeyScript.send("F " + SearchTyping.typed("储能"), to: &app)
        app.finishSearchWork()
        KeyScript.send("<Enter>", to: &app)
        while app.search.results?.isFinished == false { _ = app.update(.idle) }
        let results = app.search.results!
        #expect(results.isFinished)
        #expect(results.matchCount(inArticle: 1) == (4, true) && results.matchCount(inArticle: 3) == (1, true))
    }
}
