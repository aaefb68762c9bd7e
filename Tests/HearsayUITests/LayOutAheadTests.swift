import HearsayModel
import HearsayTesting
import Testing

@testable import HearsayUI

/// Idle-time layout: it finishes the article on screen in steps and never changes the screen.
struct LayOutAheadTests {
    /// A long invented article: many paragraphs, so the first screen lays out only a little.
    private static var longCorpus: Corpus {
        var builder = FixtureArticleBuilder(id: "long.md", title: "长文")
        for index in 0..<300 {
            builder.paragraph("第\(index)段：潮汐电站的建设成本在十年内下降了四成，涡轮机的寿命也延长了一倍，工程师们说难题已经转向电网。")
        }
        return Corpus(articles: [builder.article])
    }

    @Test func laysOutTheOpenArticleInStepsWithoutChangingTheScreen() throws {
        var state = AppState(corpus: Self.longCorpus, size: ScreenSize(width: 80, height: 24))
        KeyScript.send("<Enter>", to: &state)
        let layout = try #require(state.reader.layout)
        let before = ScreenRenderer().render(state)
        let firstScreen = layout.laidOutLineCount
        #expect(!layout.isComplete && firstScreen < 100)

        // Each step lays out at least 200 more lines, overshooting by less than one paragraph
        // (3 lines and a blank), until the article is complete.
        var counts = [firstScreen]
        var more = true
        while more {
            more = state.layOutAhead(lines: 200)
            counts.append(layout.laidOutLineCount)
        }
        #expect(layout.isComplete)
        let steps = zip(counts, counts.dropFirst()).map { $1 - $0 }
        #expect(steps.dropLast().allSatisfy { (200..<204).contains($0) })
        #expect((1..<204).contains(steps.last ?? 0))
        #expect(counts.last == layout.lineCount)
        #expect(ScreenRenderer().render(state) == before)
        #expect(!state.layOutAhead())
    }

    @Test func nothingToDoInTheListAlone() {
        let state = AppState(corpus: Corpus(articles: []), size: ScreenSize(width: 80, height: 24))
        #expect(!state.layOutAhead())
    }

    @Test func thenFoldsTheOpenArticleForSearching() throws {
        var state = AppState(corpus: Self.longCorpus, size: ScreenSize(width: 80, height: 24))
        KeyScript.send("<Enter>", to: &state)
        let before = ScreenRenderer().render(state)
        var slices = 0
        while state.workAhead() { slices += 1 }
        #expect(slices > 1)  // the layout, a slice at a time
        #expect(try #require(state.reader.layout).isComplete)
        #expect(state.search.foldedArticle?.index == 0)
        #expect(ScreenRenderer().render(state) == before)
        let more = state.workAhead()
        #expect(!more)
        // The search then finds the same matches as one that folds when typed.
        KeyScript.send("/ 电 网", to: &state)
        var typedCold = AppState(corpus: Self.longCorpus, size: ScreenSize(width: 80, height: 24))
        KeyScript.send("<Enter> / 电 网", to: &typedCold)
        #expect(state.search.inArticle?.matches.count == 300)
        #expect(state.search.inArticle?.matches == typedCold.search.inArticle?.matches)
    }

    @Test func noFoldingInTheList() {
        var state = AppState(corpus: Self.longCorpus, size: ScreenSize(width: 80, height: 24))
        while state.workAhead() {}  // lays out the selected article (the split layout previews it)
        #expect(state.focus == .list)
        #expect(state.search.foldedArticle == nil)  // but no search starts from the list
    }
}
