import HearsayModel
import HearsaySearch
import HearsayTesting
import HearsayTheme
import Testing

@testable import HearsayUI

/// Searching the real seeds (read at run time; nothing of their text is kept here): what is
/// highlighted on screen is exactly the matched text, fullwidth and halfwidth queries agree,
/// and the coverage results and the list filter agree with the library.
@Suite(.enabled(if: Seeds.available, Comment(rawValue: Seeds.skipMessage)))
struct SearchSeedTests {
    static let corpus = CorpusLoader().load(paths: [Seeds.directory.path])

    func app(_ width: Int, _ height: Int, article: Int) -> AppState {
        var app = AppState(corpus: Self.corpus, size: ScreenSize(width: width, height: height))
        app.list.select(article: article)
        KeyScript.send("<Enter>", to: &app)
        return app
    }

    /// The text of the cells drawn in `style`, in reading order.
    func text(in screen: ScreenBuffer, style: TerminalStyle) -> String {
        var text = ""
        for y in 0..<screen.size.height {
            for x in 0..<screen.size.width where screen[x, y].style == style { text += screen[x, y].text }
        }
        return text
    }

    @Test(arguments: [(80, 24), (200, 60)])
    func theCurrentMatchIsHighlightedOnScreenExactly(width: Int, height: Int) throws {
        let query = SearchQuery(parsing: "deepseek")
        for (index, article) in Self.corpus.articles.enumerated() {
            let matches = ArticleSearcher.matches(of: query, in: article)
            guard !matches.isEmpty else { continue }
            var app = app(width, height, article: index)
            KeyScript.send("/ " + SearchTyping.typed("ＤｅｅｐＳｅｅｋ") + " <Enter>", to: &app)
            #expect(app.search.inArticle?.matches == matches, "\(article.id)")
            for _ in 0..<min(matches.count, 6) {
                let found = try #require(app.search.inArticle)
                let current = found.matches[try #require(found.current)]
                let original = current.matchedText(in: article)
                let screen = ScreenRenderer().render(app)
                #expect(text(in: screen, style: Styles.standard.currentSearchMatch) == original, "\(article.id)")
                #expect(original.lowercased() == "deepseek")
                KeyScript.send("n", to: &app)
            }
            let position = app.search.inArticle!.current!
            #expect(SearchStatusText.suffix(for: app) == " · /ＤｅｅｐＳｅｅｋ \(position + 1)/\(matches.count)")
        }
    }

    @Test func coverageResultsAndListFilterAgreeWithTheLibrary() throws {
        let folded = FoldedCorpus(Self.corpus)
        for typed in ["开源", "DeepSeek", "ｄｅｅｐｓｅｅｋ", "speaker:\"Thomas Wolf\" 开源"] {
            let query = SearchQuery(parsing: typed)
            var app = AppState(corpus: Self.corpus, size: ScreenSize(width: 80, height: 24))
            KeyScript.send("F " + SearchTyping.typed(typed) + " <Enter>", to: &app)
            app.finishSearchWork()
            let results = try #require(app.search.results)
            #expect(results.matches == CorpusSearcher.allMatches(of: query, in: folded), "\(typed)")
            #expect(!results.matches.isEmpty, "\(typed)")

            app = AppState(corpus: Self.corpus, size: ScreenSize(width: 80, height: 24))
            KeyScript.send("/ " + SearchTyping.typed(typed) + " <Enter>", to: &app)
            app.finishSearchWork()
            let kept = Set(ArticleFilter.matchingIndices(query, in: folded))
            #expect(Set(app.list.order) == kept, "\(typed)")
        }
    }
}
