import HearsayModel
import HearsayTesting
import Testing

@testable import HearsayUI

/// The list marks articles with the user's highlights and counts the unread ones (issue 18 item 7).
struct ArticleListMarksTests {
    func app() -> AppState {
        var app = AppState(corpus: UIFixtures.corpus, size: ScreenSize(width: 80, height: 24))
        app.restore(HighlightsViewTests.saved)
        return app
    }

    @Test func articlesWithHighlightsHaveAMarkerAndACount() {
        let rows = ScreenRenderer().render(app()).rows
        #expect(
            Array(rows[1...7]) == [
                "✦海边的电站：一场关于潮汐能源的长谈与争论",
                "   2025-03-04 · example.org · 4 speakers · 12 turns · 3 marks",
                "✦城市夜跑者：在霓虹与晨光之间寻找属于自己的节奏与安静的长篇特写",
                "   2025-03-01 · 生活 · 1 mark",
                " Panel: storage after sunset",
                "   2025-02-20 · 2 speakers · 3 turns",
                " A short note on tides",
            ])
    }

    @Test func theAsciiMarkerIsAnAsterisk() {
        let rows = ScreenRenderer(styles: Styles.standard.withASCIIGlyphs()).render(app()).rows
        #expect(rows[1].hasPrefix("*海边的电站"))
        #expect(rows[5].hasPrefix(" Panel"))
    }

    @Test func theTitleBarCountsTheUnreadArticles() {
        var app = app()
        #expect(ScreenRenderer().render(app).rows[0] == " hearsay · 4 articles · 4 unread")
        KeyScript.send("<Enter> q", to: &app)
        #expect(ScreenRenderer().render(app).rows[0] == " hearsay · 4 articles · 3 unread", "opening marks it read")
        KeyScript.send("j r j r j r", to: &app)
        #expect(ScreenRenderer().render(app).rows[0] == " hearsay · 4 articles · all read")
        KeyScript.send("r", to: &app)
        #expect(ScreenRenderer().render(app).rows[0] == " hearsay · 4 articles · 1 unread")
    }

    @Test func metadataNamesMarksApartFromKeyPoints() {
        #expect(UIFixtures.interview.keyPoints.count == 3)
        #expect(ArticleListEntry(article: UIFixtures.interview).metadata == "2025-03-04 · example.org · 4 speakers · 12 turns")
        #expect(ArticleListEntry(article: UIFixtures.note, marks: 1).metadata == "1 mark")
    }
}
