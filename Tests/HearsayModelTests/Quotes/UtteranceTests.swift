import HearsayModel
import Testing

/// Turns and quotations as one kind of thing a person said, in an article and across the coverage.
struct UtteranceTests {
    static func parse(_ id: String, _ markdown: String) throws -> Article {
        try #require(ArticleParser().parse(markdown, id: id).article)
    }

    static let transcript = """
        # 开源访谈

        ## 对话

        主持人: 开源的下一步是什么？

        Thomas Wolf: 更多的小模型。

        主持人: 谢谢。
        """

    static let prose = """
        # 开源周报

        “小模型会越来越多，”Ｔｈｏｍａｓ WOLF说。这是他在论坛上的判断。

        合同第三条规定：“乙方应在十日内付清全部款项。”

        主持人李明表示：“下周继续讨论。”
        """

    @Test func anArticleListsTurnsAndAttributedQuotesInReadingOrder() throws {
        let article = try Self.parse("prose.md", Self.prose)
        #expect(article.quotes.map(\.speaker) == ["Ｔｈｏｍａｓ WOLF", nil, "李明"])
        #expect(article.utterances() == [.quote(0), .quote(2)])
        #expect(article.utterances(includingUnattributed: true) == [.quote(0), .quote(1), .quote(2)])
        #expect(article.utterances().map { article.speakerName(of: $0) } == ["Ｔｈｏｍａｓ WOLF", "李明"])
        #expect(article.start(of: .quote(2)) == TextPosition(block: 2, offset: 27))
        #expect(article.quoteIndex(containing: TextPosition(block: 2, offset: 30)..<TextPosition(block: 2, offset: 33)) == 2)
        #expect(article.quoteIndex(containing: TextPosition(block: 2, offset: 0)..<TextPosition(block: 2, offset: 3)) == nil)

        let interview = try Self.parse("interview.md", Self.transcript)
        #expect(interview.utterances() == [.turn(0), .turn(1), .turn(2)])
        #expect(interview.speakerName(of: .turn(1)) == "Thomas Wolf")
    }

    @Test func theSamePersonInATurnAndInAQuoteIsOneEntry() throws {
        let corpus = Corpus(articles: [try Self.parse("interview.md", Self.transcript), try Self.parse("prose.md", Self.prose)])
        let index = UtteranceIndex(corpus: corpus)
        // Two utterances each: ties are ordered by name.
        #expect(index.entries.map(\.name) == ["Thomas Wolf", "主持人", "李明"])
        #expect(index.entries.map(\.turnCount) == [1, 2, 0])
        #expect(index.entries.map(\.quoteCount) == [1, 0, 1])
        let wolf = try #require(index.entry(forName: "thomas wolf", inArticle: "prose.md"))
        #expect(
            wolf.utterances == [
                UtteranceIndex.Reference(article: 0, utterance: .turn(1)),
                UtteranceIndex.Reference(article: 1, utterance: .quote(0)),
            ])
        #expect(wolf.articleIndices == [0, 1])
        #expect(wolf.id == "thomas wolf")
        // Every article's host is their own: the index keeps the interview's apart by its article.
        #expect(index.entries[1].id == "主持人@interview.md")
        // Matching what the user types folds case, width and script, as speaker identity does.
        #expect(SpeakerNameMatching.key("Ｔｈｏｍａｓ  WOLF") == "thomas wolf")
        #expect(SpeakerNameMatching.key("唐鳳") == SpeakerNameMatching.key("唐凤"))
        #expect(SpeakerNameMatching.name("Thomas Wolf", matches: "ＷＯＬＦ"))
        #expect(!SpeakerNameMatching.name("Thomas Wolf", matches: "Wolfe"))
        #expect(index.entry(forName: "Wolf", inArticle: "prose.md") == nil)
    }
}
