import Foundation
import HearsayModel
import HearsayTesting
import Testing

@testable import HearsayUI

/// A selection shows `-- SELECT --` in the status bar; a quotation and its attribution are one
/// unit for the reading cursor (issue 18 item 4).
struct HighlightSelectionModeTests {
    @Test func theStatusBarSaysSelectWhileSelecting() {
        var app = AppState(corpus: UIFixtures.corpus, size: ScreenSize(width: 80, height: 24))
        KeyScript.send("<Enter> )", to: &app)
        #expect(ScreenRenderer().render(app).rows[23].hasPrefix(" Reader · 1/4 · "))
        KeyScript.send("v", to: &app)
        #expect(ScreenRenderer().render(app).rows[23].hasPrefix(" -- SELECT -- Reader · 1/4 · "))
        KeyScript.send(") 2", to: &app)
        #expect(ScreenRenderer().render(app).rows[23].hasPrefix(" Reader · 1/4 · "), "highlighting ends the selection")
        KeyScript.send("v <Esc>", to: &app)
        #expect(ScreenRenderer().render(app).rows[23].hasPrefix(" Reader · 1/4 · "), "Esc cancels it")
    }

    static let quoted = "“我们需要更多的耐心。这件事急不得。”陈明在会上表示。"
    static let after = "他随后离开了会场。"
    static let before = "会议开到很晚。"

    /// A one-paragraph article whose middle is a quotation attributed after it.
    static func quoteArticle() throws -> Article {
        let text = "# 会议纪要\n\n\(before)\(quoted)\(after)\n"
        return try #require(ArticleParser().parse(text, id: "quote.md").article)
    }

    @Test func theQuoteAndItsAttributionAreOneSentence() throws {
        let article = try Self.quoteArticle()
        #expect(article.quotes.map(\.speaker) == ["陈明"])
        let block = try #require(article.blocks.firstIndex { $0.text.hasPrefix(Self.before) })
        let navigation = SentenceNavigation(article: article, pane: .reader, shownSpeakers: nil)
        let texts = navigation.sentences(inBlock: block).map { spot in
            String(decoding: Array(article.blocks[block].text.utf8)[spot.range], as: UTF8.self)
        }
        #expect(texts == [Self.before, Self.quoted, Self.after])
    }

    @Test func markTakesTheQuoteWithItsAttribution() throws {
        var app = AppState(corpus: Corpus(articles: [try Self.quoteArticle()]), size: ScreenSize(width: 80, height: 24))
        let effects = KeyScript.send("<Enter> ) ) m ) (", to: &app)
        let saved = effects.compactMap { effect -> String? in
            if case .saveHighlight(let highlight) = effect { return highlight.anchor.exact }
            return nil
        }
        #expect(saved == [Self.quoted])
        #expect(app.highlightUnderCursor?.anchor.exact == Self.quoted, "( comes back to the whole unit")
    }

    @Test func anUnattributedQuoteIsNotJoined() throws {
        let text = "# 纪要\n\n“这件事急不得。”没有人知道是谁说的。\n"
        let article = try #require(ArticleParser().parse(text, id: "q.md").article)
        let block = try #require(article.blocks.firstIndex { $0.text.hasPrefix("“") })
        let navigation = SentenceNavigation(article: article, pane: .reader, shownSpeakers: nil)
        #expect(article.quotes.allSatisfy { $0.speaker == nil })
        #expect(navigation.sentences(inBlock: block).count == 2)
    }
}
