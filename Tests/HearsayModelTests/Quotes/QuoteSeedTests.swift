import Foundation
import HearsayModel
import HearsayTesting
import Testing

/// The quotations of the two prose seeds (qq.com articles), counted by reading them. The words are
/// kept as their first characters and FNV-1a fingerprints (`SeedExpectation.fingerprint`), so the
/// expectation is exact while the seeds' text stays out of the repository.
///
/// Left out on purpose in 001: five partial quotations of a few words inside the writer's own
/// sentences (two of Hassabis after `评价`, two of Mensch after `在Mensch眼中`/`称其为`, one of Bengio
/// after `承认`). No speech verb stands next to them, and they read as terms; they are counted as the
/// price of not listing scare quotes (`“DeepSeek时刻”`, `“遥遥领先”`, `“天才国度”`…), of which 001 has nine.
@Suite(.enabled(if: Seeds.available, Comment(rawValue: Seeds.skipMessage)))
struct QuoteSeedTests {
    struct SeedQuote: Equatable, CustomStringConvertible {
        var speaker: String?
        var title: String?
        var opening: String
        var textFingerprint: String
        var start: Int
        var end: Int
        var sentenceFingerprint: String

        init(_ speaker: String?, _ title: String?, _ opening: String, _ text: String, _ start: Int, _ end: Int, _ sentence: String) {
            (self.speaker, self.title, self.opening, textFingerprint, self.start, self.end, sentenceFingerprint) =
                (speaker, title, opening, text, start, end, sentence)
        }

        init(_ quote: Quote) {
            self.init(
                quote.speaker, quote.title, String(quote.text.prefix(6)), SeedExpectation.fingerprint(quote.text),
                quote.start, quote.end, SeedExpectation.fingerprint(quote.sentence))
        }

        var description: String {
            "(\(speaker ?? "nil"), \(title ?? "nil"), \(opening), \(textFingerprint), \(start)..<\(end), \(sentenceFingerprint))"
        }
    }

    static func article(_ file: String) throws -> Article {
        let corpus = CorpusLoader().load(paths: [Seeds.url(file).path])
        return try #require(corpus.articles.first)
    }

    @Test func parisSummitArticle() throws {
        let quotes = try Self.article("001_76943739dec701f9.txt").quotes.map(SeedQuote.init)
        #expect(
            quotes == [
                // 冯德莱恩称：“…，”她说。“…”
                SeedQuote("冯德莱恩", "欧盟主席", "我经常听到有", "ce5bec1dda327215", 1707, 1739, "9845c816358338a3"),
                SeedQuote("冯德莱恩", "欧盟主席", "我不同意这种", "ac91103333b4cb04", 1744, 1765, "9845c816358338a3"),
                // 美国的Politico称“…”。
                SeedQuote("Politico", nil, "新AI世界秩", "139337605a39399a", 2103, 2116, "bcc3f68b6910858d"),
                // 他警告…，“…。” (他: 万斯, named in the sentence before)
                SeedQuote("万斯", nil, "硅谷有句话，", "f2180cdcf8eb35e9", 2469, 2494, "aa488a9c8e27e23f"),
                // 他发布了一份声明。“…” (他: Anthropic的创始人阿莫迪; a nested “…” inside)
                SeedQuote("阿莫迪", "Anthropic的创始人", "很可能到20", "0d6cfdffe359f791", 2890, 3090, "23f358554c5ced91"),
            ])
    }

    @Test func europeCatchingUpArticle() throws {
        let quotes = try Self.article("002_1373a89ae2b4ce52.txt").quotes.map(SeedQuote.init)
        #expect(
            quotes == [
                // “…”马克龙在2月10日的开幕演讲上表示。 (法国总统马克龙, named in the paragraph before)
                SeedQuote("马克龙", "法国总统", "1900年时", "6901644ec147946c", 166, 207, "6997587ab96e4eca"),
                // “…！”马克龙不无骄傲地表示。
                SeedQuote("马克龙", "法国总统", "我们通过此次", "9975d7ca9fb37db0", 228, 262, "f447e38ab5d3ecd4"),
                // “…。”马克龙表示。
                SeedQuote("马克龙", "法国总统", "作为法国人，", "4cf0a5ede7df79ce", 716, 764, "8cf635e24b42402b"),
            ])
    }

    /// The offsets are code points in the article's flat text: the quoted words are found there.
    @Test(arguments: ["001_76943739dec701f9.txt", "002_1373a89ae2b4ce52.txt", "003_1eb976177dc264a1.txt", "004_dda8f3f459d6c823.txt"])
    func offsetsAreCodePointsOfTheArticleText(_ file: String) throws {
        let article = try Self.article(file)
        let scalars = Array(ArticleText(article: article).text.unicodeScalars)
        #expect(!article.quotes.isEmpty)
        for quote in article.quotes {
            var words = String.UnicodeScalarView()
            words.append(contentsOf: scalars[quote.start..<quote.end])
            #expect(String(words) == quote.text)
            let text = ArticleText(article: article)
            let flatStart = text.flatOffset(of: quote.range.lowerBound).map(text.codePointOffset(ofFlatOffset:))
            #expect(flatStart == quote.start)
        }
    }
}
