import HearsayLayout
import HearsayModel
import Testing

@testable import HearsaySearch

struct ArticleSearcherTests {
    let article = InventedArticles.transcript

    /// The original text of each match.
    private func texts(_ matches: [SearchMatch]) -> [String] {
        matches.map { $0.matchedText(in: article) }
    }

    @Test func findsEveryMatchInReadingOrder() {
        let matches = ArticleSearcher.matches(of: SearchQuery(parsing: "开源"), in: article)
        #expect(matches.map(\.block) == [0, 1, 1, 2, 2, 3, 4])
        #expect(texts(matches) == Array(repeating: "开源", count: 7))
        #expect(matches == matches.sorted())
        // 今年， is 9 bytes; 开源 follows.
        #expect(matches[1].range == 9..<15)
        #expect(matches[0].turn == nil && matches[0].speaker == nil)
        #expect(matches[3].turn == 0 && matches[3].speaker == 0)
        #expect(matches[5].turn == 0 && matches[5].speaker == 0)
        #expect(matches[6].turn == 1 && matches[6].speaker == 1)
    }

    @Test func fullwidthAndCaseVariantsAllMatch() {
        let matches = ArticleSearcher.matches(of: SearchQuery(parsing: "ＤｅｅｐＷａｔｅｒ"), in: article)
        #expect(texts(matches) == ["DeepWater", "deepwater", "Ｄｅｅｐｗａｔｅｒ", "DeepWater", "deepwater"])
        #expect(matches[2].block == 1 && matches[2].range == 21..<48)
        #expect(ArticleSearcher.matches(of: SearchQuery(parsing: "deepwater"), in: article) == matches)
    }

    @Test func theTitleAndTheSourceLineAreSearchedFirst() {
        let matches = ArticleSearcher.matches(of: SearchQuery(parsing: "deepwater"), in: article)
        // The reader shows the title, then the source address, then the blocks.
        #expect(matches.map(\.header) == [.title, .source, nil, nil, nil])
        // "一次关于 " is 13 bytes; "https://example.org/" 20.
        #expect(matches[0] == SearchMatch(block: ArticleHeader.Field.title.block, range: 13..<22))
        #expect(matches[1] == SearchMatch(block: ArticleHeader.Field.source.block, range: 20..<29))
        #expect(matches[0].text(in: article) == article.title)
        #expect(matches == matches.sorted())
        #expect(matches[0].start < matches[1].start && matches[1].start < TextPosition(block: 0, offset: 0))
        // The title is the searched text, as much as the blocks are: a phrase only it has.
        #expect(texts(ArticleSearcher.matches(of: SearchQuery(parsing: "的访谈"), in: article)) == ["的访谈"])
        // Tags are not shown in the reader: the list filter finds them, not the search in the article.
        #expect(ArticleSearcher.matches(of: SearchQuery(parsing: "open source"), in: article).isEmpty)
    }

    @Test func aSpeakersLabelIsNotTheirWords() {
        // "Alice Chen: " starts her turn: it says who speaks, and `speaker:` is for that.
        #expect(ArticleSearcher.matches(of: SearchQuery(parsing: "Alice Chen"), in: article).isEmpty)
        #expect(ArticleSearcher.matches(of: SearchQuery(parsing: "Li:"), in: article).isEmpty)
        // The words after the label are found at their offsets in the block ("Alice Chen: " is 12 bytes).
        let words = ArticleSearcher.matches(of: SearchQuery(parsing: "我们相信"), in: article)
        #expect(words == [SearchMatch(block: 2, range: 12..<24, turn: 0, speaker: 0)])
    }

    @Test func speakerRestrictionKeepsOnlyThatSpeakersTurns() {
        let alice = ArticleSearcher.matches(of: SearchQuery(parsing: "speaker:alice 开源"), in: article)
        #expect(alice.map(\.block) == [2, 2, 3])
        #expect(alice.allSatisfy { $0.speaker == 0 && $0.turn == 0 })
        let bob = ArticleSearcher.matches(of: SearchQuery(parsing: "开源 speaker:\"Bob Li\""), in: article)
        #expect(bob.map(\.block) == [4])
        #expect(ArticleSearcher.matches(of: SearchQuery(parsing: "speaker:Carol 开源"), in: article).isEmpty)
    }

    @Test func matchesNeverCrossBlocks() {
        // The end of block 0 and the start of block 1 would read "一年今年" if joined.
        #expect(ArticleSearcher.matches(of: SearchQuery(parsing: "一年今年"), in: article).isEmpty)
    }

    /// A speaker alone lists their turns (`SpeakerOnlySearchTests`); nothing at all finds nothing.
    @Test func emptyQueryFindsNothing() {
        #expect(ArticleSearcher.matches(of: SearchQuery(parsing: "   "), in: article).isEmpty)
        #expect(ArticleSearcher.matches(of: SearchQuery(parsing: "speaker:Alice"), in: article).map(\.turn) == [0])
    }

    @Test func limitAndContains() {
        let folded = FoldedArticle(article)
        #expect(ArticleSearcher.matches(of: SearchQuery(parsing: "开源"), in: folded, limit: 2).count == 2)
        #expect(ArticleSearcher.containsMatch(of: SearchQuery(parsing: "笑声"), in: folded))
        #expect(!ArticleSearcher.containsMatch(of: SearchQuery(parsing: "闭源"), in: folded))
    }
}
