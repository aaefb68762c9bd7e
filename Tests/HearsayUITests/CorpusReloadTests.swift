import Foundation
import HearsayModel
import HearsayTesting
import Testing

@testable import HearsayUI

/// Files changed or deleted while the reader runs (`.corpusChanged` with replaced and removed
/// articles, `R`): the open article keeps its place, highlights follow their text, a deleted
/// article leaves the list and says so.
@Suite struct CorpusReloadTests {
    static let size = ScreenSize(width: 80, height: 24)

    /// A long article: 40 numbered paragraphs, with `extra` paragraphs written before them.
    static func long(extra: Int = 0) -> Article {
        var text = "# 长文\n\n"
        for index in 0..<extra { text += "新加的第\(index)段，写在最前面。\n\n" }
        for index in 0..<40 { text += "第\(index)段：潮水每天涨落两次，港口的灯一直亮着。\n\n" }
        return ArticleParser().parse(text, id: "long.md").article!
    }

    /// By title the note comes first: `j <Enter>` opens the long article.
    func app() -> AppState {
        AppState(corpus: Corpus(articles: [Self.long(), UIFixtures.note]), size: Self.size)
    }

    func text(atTopOf app: AppState) -> String {
        let anchor = app.reader.anchor!
        return String(app.corpus.articles[0].blocks[anchor.block].text.prefix(4))
    }

    @Test func rAsksToReload() {
        var app = app()
        #expect(KeyScript.send("R", to: &app) == [.reloadCorpus])
        #expect(app.message == "reloading…")
    }

    @Test func aChangedOpenArticleKeepsItsPlace() throws {
        var app = app()
        KeyScript.send("j <Enter> <C-d> <C-d>", to: &app)
        let before = text(atTopOf: app)
        #expect(before.hasPrefix("第"))
        let effects = app.update(.corpusChanged(CorpusChange(replaced: [0: Self.long(extra: 3)])))
        #expect(effects == [.drawFrame])
        #expect(app.focus == .reader)
        #expect(app.reader.article == 0)
        #expect(text(atTopOf: app) == before)
        #expect(app.corpus.articles[0].blocks.count == Self.long().blocks.count + 3)
    }

    @Test func aHighlightFollowsItsTextWhenTheFileChanges() throws {
        var app = app()
        let article = Self.long()
        let block = article.blocks.firstIndex { $0.text.hasPrefix("第5段") }!
        let anchor = try #require(
            ArticleText(article: article).anchor(from: TextPosition(block: block, offset: 0), to: TextPosition(block: block, offset: 7)))
        let saved = Highlight(
            id: UUID(uuidString: "00000000-0000-0000-0000-00000000000B")!, articleID: "long.md", anchor: anchor,
            created: Date(timeIntervalSince1970: 1_750_000_000))
        app.restore(SavedReadingState(highlights: [saved]))
        #expect(app.highlights.ranges[saved.id]?.lowerBound.block == block)
        _ = app.update(.corpusChanged(CorpusChange(replaced: [0: Self.long(extra: 3)])))
        #expect(app.highlights.ranges[saved.id] == TextPosition(block: block + 3, offset: 0)..<TextPosition(block: block + 3, offset: 7))
    }

    @Test func aDeletedOpenArticleSaysSoAndLeavesTheList() {
        var app = app()
        KeyScript.send("j <Enter>", to: &app)
        _ = app.update(.corpusChanged(CorpusChange(removed: [0])))
        #expect(app.message == "this article's file was deleted: long.md")
        #expect(ScreenRenderer().render(app).rowText(Self.size.height - 1).hasPrefix(" Reader · deleted · "))
        KeyScript.send("q", to: &app)
        #expect(app.list.order == [1])
        // Written again: back in the list, in its place.
        _ = app.update(.corpusChanged(CorpusChange(replaced: [0: Self.long()])))
        #expect(app.list.order == [1, 0])
    }

    @Test func aDeletedArticleLeavesTheFilteredListToo() {
        var app = app()
        KeyScript.send("/ " + SearchTyping.typed("潮") + " <Enter>", to: &app)
        app.finishSearchWork()
        #expect(app.list.order == [0])
        _ = app.update(.corpusChanged(CorpusChange(removed: [0])))
        app.finishSearchWork()
        #expect(app.list.order == [])
    }
}
