import HearsayModel
import Testing

@testable import HearsaySearch

/// A speaker without words (`speaker:"Alice Chen"`): every turn and quotation of theirs is a match (issue 18 item 11).
struct SpeakerOnlySearchTests {
    let transcript = InventedArticles.transcript
    let news = ArticleParser().parse(
        "# 桥的新闻\n\n市长Alice Chen在发布会上表示：“大桥的预算不会超支。”记者们追问工期。\n\n“我们按时完工。”Bob Li说。\n",
        id: "news.md"
    ).article!

    @Test func eachTurnIsOneMatchOverItsWordsInItsFirstBlock() {
        let matches = ArticleSearcher.matches(of: SearchQuery(parsing: "speaker:\"alice chen\""), in: transcript)
        let label = "Alice Chen: ".utf8.count
        #expect(matches == [SearchMatch(block: 2, range: label..<transcript.blocks[2].text.utf8.count, turn: 0, speaker: 0)])
        #expect(matches.map { $0.matchedText(in: transcript) } == ["我们相信开源。deepwater 会继续开源。"])
    }

    @Test func quotationsOfTheSpeakerAreMatchesToo() {
        let alice = ArticleSearcher.matches(of: SearchQuery(parsing: "speaker:Alice"), in: news)
        #expect(alice.map { $0.matchedText(in: news) } == ["大桥的预算不会超支。"])
        #expect(alice.map(\.turn) == [nil])
        let bob = ArticleSearcher.matches(of: SearchQuery(text: "", speaker: "Bob Li", speakerIDs: ["bob li"]), in: news)
        #expect(bob.map { $0.matchedText(in: news) } == ["我们按时完工。"])
    }

    @Test func acrossTheCorpusInOrderAndNothingWithoutASpeaker() {
        let corpus = FoldedCorpus(articles: [transcript, news])
        let found = CorpusSearcher.allMatches(of: SearchQuery(parsing: "speaker:Bob"), in: corpus)
        #expect(found.map(\.article) == [0, 1])
        #expect(found.map { [transcript, news][$0.article].blocks[$0.match.block].text.isEmpty } == [false, false])
        #expect(CorpusSearcher.allMatches(of: SearchQuery(parsing: "  "), in: corpus).isEmpty)
    }

    @Test func theListFilterKeepsArticlesWhereTheSpeakerIsOnlyQuoted() {
        #expect(ArticleFilter.matches(SearchQuery(parsing: "speaker:Alice"), FoldedArticle(news)))
        #expect(!ArticleFilter.matches(SearchQuery(parsing: "speaker:Carol"), FoldedArticle(news)))
    }
}
