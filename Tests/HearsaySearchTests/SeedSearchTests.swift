import HearsayModel
import HearsayTesting
import Testing

@testable import HearsaySearch

/// Exact match counts over the real seed files.
///
/// What is searched is what the reader shows: the header lines (title, date line, source, a
/// front-matter summary when it is shown as a lede) and the blocks' visible text, without the
/// speaker labels that start turns. The expected numbers were computed independently of this code,
/// with Python over exactly the text shown: `hearsay show FILE --width 1000000` (so no line wraps:
/// one line per header line and per block), a leading `Name: ` of a speaker removed from each line,
/// then `unicodedata.normalize("NFC", unicodedata.normalize("NFKC", line).casefold()).count(folded_query)`
/// summed over the lines; for a speaker, over the lines of `show --dialogue --speaker NAME`.
/// (The raw files have one `DeepSeek` more in 001: its front-matter summary, which the reader does
/// not show because it repeats the opening paragraph.)
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
        #expect(try countsPerFile("DeepSeek") == [17, 12, 8, 34, 7])
    }

    @Test func caseAndWidthVariantsCountTheSame() throws {
        for variant in ["deepseek", "DEEPSEEK", "ＤｅｅｐＳｅｅｋ"] {
            #expect(try countsPerFile(variant) == [17, 12, 8, 34, 7], "\(variant)")
        }
        #expect(CorpusSearcher.allMatches(of: SearchQuery(parsing: "ＤｅｅｐＳｅｅｋ"), in: corpus).count == 78)
    }

    @Test func chineseOverall() {
        #expect(CorpusSearcher.allMatches(of: SearchQuery(parsing: "开源"), in: corpus).count == 67)
    }

    @Test func fullwidthCommaFindsBothCommas() throws {
        #expect(try countsPerFile("，") == [123, 121, 82, 158, 89])
        #expect(try countsPerFile(",") == [123, 121, 82, 158, 89])
    }

    @Test func fullwidthAIFindsAI() {
        #expect(CorpusSearcher.allMatches(of: SearchQuery(parsing: "ＡＩ"), in: corpus).count == 204)
    }

    @Test func titlesAreSearched() throws {
        let titles = try countsPerFile("DeepSeek").indices.map { index in
            try #require(corpus.articles.first { ($0.article.path ?? $0.article.id).hasSuffix(Self.names[index]) })
        }.map { article in
            ArticleSearcher.matches(of: SearchQuery(parsing: "DeepSeek"), in: article).filter { $0.header == .title }.count
        }
        // Every seed's title names DeepSeek once.
        #expect(titles == [1, 1, 1, 1, 1])
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
                let original = found.match.matchedText(in: corpus.articles[found.article].article)
                #expect(FoldedText(original).string == folded, "\(query): \(original)")
            }
        }
    }
}
