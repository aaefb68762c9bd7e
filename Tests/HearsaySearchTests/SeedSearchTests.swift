import HearsayModel
import HearsayTesting
import Testing
@testable import HearsaySearch

/// Exact match counts over the real seed files.
///
/// What is searched is the blocks' visible text (not the title, front matter or closing source
/// line). The expected numbers were computed independently of this code, with Python over the raw
/// files: drop the front matter, the `# ` title line and the closing `_原链接…_` / `[name](url)`
/// line, keep link and image text without their addresses, then count
/// `unicodedata.normalize("NFKC", line).casefold().count(folded_query)` per line; for a speaker,
/// only the lines of that speaker's turns.
@Suite(.enabled(if: Seeds.available, Comment(rawValue: Seeds.skipMessage)))
struct SeedSearchTests {
    static let names = Seeds.files.map(\.lastPathComponent)
    let corpus = FoldedCorpus(CorpusLoader().load(paths: Seeds.files.map(\.path)))

    /// Matches of `query` in each seed file, in file-name order.
    private func countsPerFile(_ query: String) throws -> [Int] {
        try Self.names.map { name in
            let article = try #require(corpus.articles.first { ($0.article.path ?? $0.article.id).hasSuffix(name) })
            return ArticleSearcher.matches(of: SearchQuery(parsing: query), in: article).count
        }
    }

    @Test func allFiveSeedsLoad() {
        #expect(Self.names.count == 5)
        #expect(corpus.articles.count == 5)
    }

    @Test func deepSeekPerArticle() throws {
        #expect(try countsPerFile("DeepSeek") == [16, 11, 7, 33, 6])
    }

    @Test func caseAndWidthVariantsCountTheSame() throws {
        for variant in ["deepseek", "DEEPSEEK", "ＤｅｅｐＳｅｅｋ"] {
            #expect(try countsPerFile(variant) == [16, 11, 7, 33, 6], "\(variant)")
        }
        #expect(CorpusSearcher.allMatches(of: SearchQuery(parsing: "ＤｅｅｐＳｅｅｋ"), in: corpus).count == 73)
    }

    @Test func chineseOverall() {
        #expect(CorpusSearcher.allMatches(of: SearchQuery(parsing: "开源"), in: corpus).count == 67)
    }

    @Test func fullwidthCommaFindsBothCommas() throws {
        #expect(try countsPerFile("，") == [123, 120, 81, 158, 89])
        #expect(try countsPerFile(",") == [123, 120, 81, 158, 89])
    }

    @Test func fullwidthAIFindsAI() {
        #expect(CorpusSearcher.allMatches(of: SearchQuery(parsing: "ＡＩ"), in: corpus).count == 197)
    }

    @Test func onlyOneSpeakersTurns() throws {
        let wolf = CorpusSearcher.allMatches(of: SearchQuery(parsing: "speaker:\"Thomas Wolf\" 开源"), in: corpus)
        #expect(wolf.count == 8)
        #expect(Set(wolf.map { corpus.articles[$0.article].article.speakers[$0.match.speaker!].name }) == ["Thomas Wolf"])
        #expect(try countsPerFile("speaker:\"Jonas Andrulis\" DeepSeek") == [1, 0, 0, 0, 0])
        #expect(try countsPerFile("speaker:\"Tom Mackenzie\" DeepSeek") == [3, 0, 0, 0, 0])
    }

    @Test func everyMatchCoversTextThatFoldsToTheQuery() {
        for query in ["DeepSeek", "开源", "，", "ＡＩ", "nvidia"] {
            let folded = FoldedText(query).string
            for found in CorpusSearcher.allMatches(of: SearchQuery(parsing: query), in: corpus) {
                let block = corpus.articles[found.article].article.blocks[found.match.block]
                let original = String(decoding: Array(block.text.utf8)[found.match.range], as: UTF8.self)
                #expect(FoldedText(original).string == folded, "\(query): \(original)")
            }
        }
    }
}
