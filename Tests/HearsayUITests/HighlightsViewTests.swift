import Foundation
import HearsayModel
import HearsayTesting
import Testing

@testable import HearsayUI

/// The highlights view (`H`): grouping, colour filter, orphaned highlights, jumping to one,
/// and a golden screen of the fixture corpus.
struct HighlightsViewTests {
    static let when = Date(timeIntervalSince1970: 1_750_000_000)

    static func highlight(
        _ number: Int, in article: Article, block: Int, quote: String, color: Int,
        note: String? = nil
    ) -> Highlight {
        let text = article.blocks[block].text
        let start = text.range(of: quote)!.lowerBound.utf16Offset(in: text)
        let offset = text.utf8.distance(from: text.utf8.startIndex, to: String.Index(utf16Offset: start, in: text))
        let anchor = ArticleText(article: article).anchor(
            from: TextPosition(block: block, offset: offset),
            to: TextPosition(block: block, offset: offset + quote.utf8.count))!
        return Highlight(
            id: UUID(uuidString: String(format: "00000000-0000-0000-0000-%012d", number))!,
            articleID: article.id, anchor: anchor, color: color, note: note,
            created: when.addingTimeInterval(Double(number)))
    }

    /// Four highlights: two in the interview (one in Maria Keller's turn, with a note), one in
    /// the feature, and one whose text was deleted from the interview since (orphaned).
    static var saved: SavedReadingState {
        let interview = UIFixtures.interview, feature = UIFixtures.feature
        let lede = highlight(
            1, in: interview, block: 0, quote: "本期节目邀请两位工程师讨论潮汐发电的成本、风险与前景。", color: 1,
            note: "开场白：成本、风险、前景三个话题")
        let mariaTurn = interview.turns[8].blocks.lowerBound
        let maria = highlight(2, in: interview, block: mariaTurn, quote: "In a decade, in the right places.", color: 3)
        let night = highlight(
            3, in: feature, block: feature.blocks.firstIndex { $0.text.hasPrefix("晚上十点") }!,
            quote: "晚上十点，江边的步道上仍然有人在跑。有人戴着耳机，有人三五成群，节奏各不相同。", color: 5)
        var gone = highlight(4, in: interview, block: 0, quote: "Maria Keller joins from Hamburg.", color: 2)
        gone.anchor.exact = "这一句后来被编辑删掉了。"
        gone.anchor.prefix = ""
        gone.anchor.suffix = ""
        gone.anchor.textHash = "fnv1a64:0000000000000000"
        return SavedReadingState(highlights: [night, gone, maria, lede])
    }

    func app(size: ScreenSize = ScreenSize(width: 80, height: 24)) -> AppState {
        var app = AppState(corpus: UIFixtures.corpus, size: size)
        app.restore(Self.saved)
        return app
    }

    @Test func restoreFindsTheTextOrMarksItOrphaned() {
        let app = app()
        #expect(app.highlights.all.count == 4)
        #expect(app.highlights.all.filter(app.highlights.isOrphaned).map(\.anchor.exact) == ["这一句后来被编辑删掉了。"])
        #expect(app.focus == .list, "no last open article: the list")
    }

    @Test func goldenAllColors() {
        var app = app()
        KeyScript.send("H", to: &app)
        let mismatch = GoldenScreen.mismatch(ScreenRenderer().render(app), named: "highlights-all-80x24", styles: true)
        #expect(mismatch == nil, "\(mismatch ?? "")")
    }

    @Test func goldenFilteredToColorThreeAfterMovingDown() {
        var app = app()
        KeyScript.send("H j j 3", to: &app)
        let mismatch = GoldenScreen.mismatch(ScreenRenderer().render(app), named: "highlights-colour3-80x24")
        #expect(mismatch == nil, "\(mismatch ?? "")")
    }

    @Test func listingGroupsByArticleInListOrder() {
        let app = app()
        let listing = HighlightsListing(app, colorFilter: nil)
        #expect(
            listing.rows == [
                .article(title: UIFixtures.interview.title), .highlight(entry: 0), .note(entry: 0), .highlight(entry: 1),
                .highlight(entry: 2),
                .article(title: UIFixtures.feature.title), .highlight(entry: 3),
            ])
        #expect(listing.entries.map(\.highlight.color) == [1, 3, 2, 5])
        #expect(listing.entries.map(\.speaker) == [nil, "Maria Keller", nil, nil])
        #expect(listing.entries[2].range == nil, "orphaned ones come last in their article")
        #expect(HighlightsListing(app, colorFilter: 4).rows.isEmpty)
    }

    @Test func filterThenAllAgain() {
        var app = app()
        KeyScript.send("H 5", to: &app)
        #expect(app.overlay == .highlights(HighlightsViewState(colorFilter: 5)))
        KeyScript.send("0", to: &app)
        #expect(app.overlay == .highlights(HighlightsViewState(colorFilter: nil)))
        KeyScript.send("q", to: &app)
        #expect(app.overlay == nil && app.focus == .list)
    }

    @Test func enterJumpsToTheHighlightInItsArticle() throws {
        var app = app()
        let effects = KeyScript.send("H j <Enter>", to: &app)
        #expect(app.overlay == nil)
        #expect(app.focus == .reader && app.reader.article == 1)
        #expect(
            effects == [.setRead(true, articleID: "interview.md")],
            "opened from the list: marked read; the reader shows the highlight, so no saved position is asked for")
        let cursor = try #require(app.activeCursor)
        let block = UIFixtures.interview.blocks[cursor.head.block]
        #expect(String(decoding: Array(block.text.utf8)[cursor.head.range], as: UTF8.self) == "In a decade, in the right places.")
        let screen = ScreenRenderer().render(app)
        #expect(screen.rows.contains { $0.contains("In a decade, in the right places.") }, "the highlight is on screen")
    }

    @Test func enterOnAnOrphanedHighlightOpensTheArticleAndSaysSo() {
        var app = app()
        KeyScript.send("H j j <Enter>", to: &app)
        #expect(app.focus == .reader && app.reader.article == 1)
        #expect(app.message == "orphaned: its text is no longer in the article")
        #expect(app.activeCursor == nil)
    }

    @Test func emptyViewExplainsHowToHighlight() {
        var app = AppState(corpus: UIFixtures.corpus, size: ScreenSize(width: 80, height: 24))
        KeyScript.send("H", to: &app)
        let screen = ScreenRenderer().render(app)
        #expect(screen.rows[3] == " No highlights yet: in an article, ( ) move the cursor, m highlights.")
    }

    @Test func aHighlightWhoseTextMovedFollowsItsQuote() throws {
        // Stored when the lede was two blocks further down (text was inserted since): the
        // positions point at other text, the quote is found at its new place.
        var moved = Self.highlight(9, in: UIFixtures.interview, block: 0, quote: "Maria Keller joins from Hamburg.", color: 4)
        let stored = moved.anchor
        moved.anchor.start = TextPosition(block: 2, offset: 0)
        moved.anchor.end = TextPosition(block: 2, offset: stored.end.offset - stored.start.offset)
        moved.anchor.textHash = "fnv1a64:0000000000000000"
        var app = AppState(corpus: UIFixtures.corpus, size: ScreenSize(width: 80, height: 24))
        app.restore(SavedReadingState(highlights: [moved]))
        #expect(app.highlights.ranges[moved.id] == stored.start..<stored.end)
        let kept = try #require(app.highlights.all.first)
        #expect(kept.anchor == stored, "re-anchored in memory, so the next save stores the new place")
        #expect(
            app.highlightDecorations(forArticle: 1) == [
                TextDecoration(block: 0, range: stored.start.offset..<stored.end.offset, kind: .highlight(4))
            ])
    }
}
