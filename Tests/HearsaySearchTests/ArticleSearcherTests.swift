import HearsayModel
import Testing
@testable import HearsaySearch

struct ArticleSearcherTests {
    let article = InventedArticles.transcript

    /// The original text of each match.
    private func texts(_ matches: [SearchMatch]) -> [String] {
        matches.map { match in
            let bytes = Array(article.blocks[match.block].text.utf8)
            return String(decoding: bytes[match.range], as: UTF8.self)
        }
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
        #expect(texts(matches) == ["Ｄｅｅｐｗａｔｅｒ", "DeepWater", "deepwater"])
        #expect(matches[0].block == 1 && matches[0].range == 21..<48)
        #expect(ArticleSearcher.matches(of: SearchQuery(parsing: "deepwater"), in: article) == matches)
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

    @Test func emptyOrSpeakerOnlyQueryFindsNothing() {
        #expect(ArticleSearcher.matches(of: SearchQuery(parsing: "   "), in: article).isEmpty)
        #expect(ArticleSearcher.matches(of: SearchQuery(parsing: "speaker:Alice"), in: article).isEmpty)
    }

    @Test func limitAndContains() {
        let folded = FoldedArticle(article)
        #expect(ArticleSearcher.matches(of: SearchQuery(parsing: "开源"), in: folded, limit: 2).count == 2)
        #expect(ArticleSearcher.containsMatch(of: SearchQuery(parsing: "笑声"), in: folded))
        #expect(!ArticleSearcher.containsMatch(of: SearchQuery(parsing: "闭源"), in: folded))
    }
}
