import HearsayModel
import HearsaySearch
import HearsayTesting
import Testing

@testable import HearsayUI

/// Coverage results give the whole sentence of a match room: a sentence wider than the result's
/// columns takes two screen rows, wrapped by the line breaker, and the results view scrolls and
/// pages in screen rows while the selection stays a result (HEARSAY_UPDATE_GOLDEN=1 rewrites
/// the golden screen).
@Suite struct CoverageResultsTwoLineTests {
    static let short = "风电装机容量去年翻了一番。"
    static let long = "省能源局的负责人在周三的发布会上表示，沿海地区新建的海上风电项目将在明年全部并网，届时全省清洁能源的比例会超过一半。"
    /// A sentence three rows long with the match on its third row.
    static let longest =
        "记者在港口看到，工人们正忙着把一节节巨大的塔筒和叶片装上运输船，码头上的吊车昼夜不停地运转，调度员说这批设备要在台风季节之前运到离岸四十公里的施工海域，那里将建起全省最大的风电场。"

    /// Articles of three results each: one row, two rows, two rows (rows per article: 6).
    static func corpus(articles: Int) -> Corpus {
        Corpus(
            articles: (0..<articles).map { index in
                var builder = FixtureArticleBuilder(id: "wind-\(index).md", title: "海上新能源第\(index + 1)篇")
                builder.paragraph(short)
                builder.paragraph("开头一句。" + long)
                builder.paragraph(longest)
                return builder.article
            })
    }

    func app(articles: Int) -> AppState {
        var app = AppState(corpus: Self.corpus(articles: articles), size: ScreenSize(width: 80, height: 24))
        KeyScript.send("F " + SearchTyping.typed("风电"), to: &app)
        app.finishSearchWork()
        KeyScript.send("<Enter>", to: &app)
        app.finishSearchWork()
        return app
    }

    func match(in text: String, block: Int) -> SearchMatch {
        let start = text.utf8.count - text[text.range(of: "风电")!.lowerBound...].utf8.count
        return SearchMatch(block: block, range: start..<(start + "风电".utf8.count))
    }

    func lines(_ text: String, width: Int) -> [ResultLines.Line] {
        var builder = FixtureArticleBuilder(id: "one.md", title: "t")
        builder.paragraph(text)
        return ResultLines.lines(for: match(in: text, block: 0), in: builder.article, width: width)
    }

    /// One row, the keyword centred as before (the keywords of one-row results line up).
    @Test func aSentenceThatFitsTakesOneLine() {
        let centred = String(repeating: " ", count: 36) + Self.short
        #expect(lines(Self.short, width: 76) == [ResultLines.Line(text: centred, matchColumns: 36..<40)])
    }

    @Test func aLongSentenceWrapsToTwoLines() {
        let wrapped = lines("开头一句。" + Self.long, width: 76)
        #expect(
            wrapped == [
                ResultLines.Line(text: "省能源局的负责人在周三的发布会上表示，沿海地区新建的海上风电项目将在明年全部", matchColumns: 56..<60),
                ResultLines.Line(text: "并网，届时全省清洁能源的比例会超过一半。", matchColumns: 0..<0),
            ])
    }

    /// The match on the sentence's third row: the two rows from the match's, after `…`.
    @Test func aMatchFarIntoTheSentenceStartsItsRow() {
        let wrapped = lines(Self.longest, width: 76)
        #expect(wrapped.count == 2)
        #expect(
            wrapped.map(\.text) == [
                "…夜不停地运转，调度员说这批设备要在台风季节之前运到离岸四十公里的施工海域，",
                "那里将建起全省最大的风电场。",
            ])
        #expect(wrapped.map(\.matchColumns) == [0..<0, 20..<24])
    }

    /// Two articles: each result's sentence whole, the third from its match's row after `…`.
    @Test func goldenScreen() {
        let app = app(articles: 2)
        let mismatch = GoldenScreen.mismatch(
            ScreenRenderer().render(app), named: "search-results-two-lines-80x24", styles: true)
        #expect(mismatch == nil, "\(mismatch ?? "")")
    }

    /// 6 rows per article (title, short, long, longest), 4 entries; the view has 21 rows. The
    /// selection moves a result at a time; the view scrolls as far as the selected result's rows
    /// need. `top` is the first entry (title or result) on screen.
    @Test func jAndKMoveByResultAndScrollByRows() throws {
        var app = app(articles: 10)
        let rows = { () -> [Int] in [app.search.results!.selection, app.search.results!.top] }
        // Result 10, the fourth article's long sentence, on rows 20-21: one entry up.
        KeyScript.send("j j j j j j j j j j", to: &app)
        #expect(rows() == [10, 1])
        // Result 11 on rows 22-23: the first article's long sentence (rows 2-3) goes too.
        KeyScript.send("j", to: &app)
        #expect(rows() == [11, 3])
        KeyScript.send("k k k k k k k k k k k", to: &app)
        #expect(rows() == [0, 0])
    }

    @Test func pageDownMovesByScreenRows() throws {
        var app = app(articles: 10)
        let rows = { () -> [Int] in [app.search.results!.selection, app.search.results!.top] }
        // A page is 19 rows: result 9 (row 19) is 18 rows below result 0, result 10 would be 20.
        KeyScript.send("<PgDn>", to: &app)
        #expect(rows() == [9, 0])
        // Result 18 (the seventh article's short one, row 37) with its title (row 36): the view
        // starts at the fourth article's title (entry 12, row 18).
        KeyScript.send("<PgDn>", to: &app)
        #expect(rows() == [18, 12])
        KeyScript.send("<PgUp>", to: &app)
        #expect(rows() == [9, 12])
    }
}
