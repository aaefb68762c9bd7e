import Foundation
import HearsayModel
import HearsayTesting
import Testing

/// Exact expectations for the real files in ../shared/seeds, counted by reading them.
struct SeedExpectation: Sendable, CustomTestStringConvertible {
    var file: String
    var title: String
    var format: ArticleFormat
    var date: String?
    var keyPoints: Int
    var sections: [String]
    var sourceURL: String
    var speakers: [(String, Int)]

    var testDescription: String { file }

    /// FNV-1a (64 bits, hex) of a string's UTF-8. Titles and section names are kept as these
    /// fingerprints: the expectation stays exact while the seeds' words stay out of the repository
    /// (compute one with `printf %s TEXT | python3 -c '…fnv1a…'` or from a failing test's output).
    static func fingerprint(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    static let all: [SeedExpectation] = [
        SeedExpectation(
            file: "000_b09f4aadc0171de3.txt", title: "ced8d70b73174c6c",
            format: .transcript, date: nil, keyPoints: 5,
            sections: [
                "968e997cfbfe8125", "ae3b90ae96045006", "5cdc0bb684276d4a", "f682604e853093cf", "25cc37793b364e16", "8947c26b365e60c3",
            ],
            sourceURL: "https://www.youtube.com/watch?v=BW4AuqXsn-o",
            speakers: [("Tom Mackenzie", 11), ("Jonas Andrulis", 11)]),
        SeedExpectation(
            file: "001_76943739dec701f9.txt", title: "737a2f3384b7e7ee",
            format: .frontMatter, date: "2025-02-12 23:45:22", keyPoints: 0,
            // `“**新AI世界秩序”**` and `**“天才国度”**`: the quote marks belong to the heading.
            sections: ["f51049e1a5eb72ea", "abba0270adbad23a", "faf6122dc47a9b09", "8d65ac259f56b4f0"],
            sourceURL: "https://new.qq.com/rain/a/20250212A09PZ000", speakers: []),
        SeedExpectation(
            file: "002_1373a89ae2b4ce52.txt", title: "26bfd81cf6c1f0a6",
            format: .frontMatter, date: "2025-02-12 21:32:29", keyPoints: 0,
            sections: ["08bb487fb568763e", "7717c155d88544b3", "1ddce7cfa7283678"],
            sourceURL: "https://new.qq.com/rain/a/20250212A0941800", speakers: []),
        SeedExpectation(
            file: "003_1eb976177dc264a1.txt", title: "e5b6839ede3586c3",
            format: .transcript, date: nil, keyPoints: 5,
            sections: [
                "7e495bf1ff3488ca", "bca48aeda0433bc5", "7787aca60356099f", "4e621a7a71401f5a", "2eb0c652069e17ec", "8947c26b365e60c3",
            ],
            sourceURL: "https://www.youtube.com/watch?v=Zt2WLoPOrFI",
            speakers: [
                ("Caroline Hyde", 9), ("Mike Shepard", 6), ("Ian King", 3), ("Donald Trump", 1), ("Guest", 5),
                ("Thomas Wolf", 7),
            ]),
        SeedExpectation(
            file: "004_dda8f3f459d6c823.txt", title: "fef2949969105c84",
            format: .transcript, date: nil, keyPoints: 5,
            sections: ["e589f860a2399879", "164a676527ade606", "ad1386c69a1f2f4d", "bace166f989a68eb", "0fb30f4112adeadf"],
            sourceURL: "https://www.youtube.com/watch?v=hekPgdxsxbM", speakers: []),
    ]
}

@Suite(.enabled(if: Seeds.available, Comment(rawValue: Seeds.skipMessage)))
struct SeedArticleTests {
    /// A seed file's lines, read at run time (seed text is not copied into the repository).
    static func lines(_ name: String) throws -> [String] {
        try String(contentsOf: Seeds.url(name), encoding: .utf8).components(separatedBy: "\n")
    }

    static func load(_ name: String) throws -> Article {
        let corpus = CorpusLoader().load(paths: [Seeds.url(name).path])
        #expect(corpus.diagnostics.isEmpty, "\(corpus.diagnostics)")
        return try #require(corpus.articles.first)
    }

    @Test(arguments: SeedExpectation.all)
    func seedParsesExactly(_ expected: SeedExpectation) throws {
        let article = try Self.load(expected.file)
        #expect(article.id == expected.file)
        #expect(SeedExpectation.fingerprint(article.title) == expected.title)
        #expect(article.format == expected.format)
        #expect(article.date?.original == expected.date)
        #expect(article.keyPoints.count == expected.keyPoints)
        #expect(article.sections.map { SeedExpectation.fingerprint($0.title) } == expected.sections)
        #expect(article.sourceURL == expected.sourceURL)
        let counts = article.speakers.indices.map { index in article.turns.filter { $0.speaker == index }.count }
        #expect(article.speakers.map(\.name) == expected.speakers.map(\.0))
        #expect(counts == expected.speakers.map(\.1))
        // The closing link line is metadata, not a body block.
        #expect(!article.blocks.contains { $0.text.contains("原链接") || $0.text == "qq" })
    }

    @Test func seedFolderLoadsInNameOrderWithoutDiagnostics() {
        let corpus = CorpusLoader().load(paths: [Seeds.directory.path])
        #expect(corpus.articles.map(\.id) == SeedExpectation.all.map(\.file))
        #expect(corpus.diagnostics.isEmpty)
        #expect(UtteranceIndex(corpus: corpus).entries.map(\.name).prefix(3) == ["Jonas Andrulis", "Tom Mackenzie", "Caroline Hyde"])
    }

    @Test func frontMatterDatesAreParsed() throws {
        let article = try Self.load("001_76943739dec701f9.txt")
        // 2025-02-12 23:45:22, read as UTC because the text gives no zone.
        #expect(article.date?.timestamp == 1_739_403_922)
        #expect(article.tags == ["qq"])
        #expect(article.categories == ["qq"])
        #expect(article.language == "zh-CN")
        let summaryLine = try #require(try Self.lines("001_76943739dec701f9.txt").first { $0.hasPrefix("summary: ") })
        #expect(article.summary.map { "summary: \"\($0)\"" } == summaryLine)
    }

    @Test func boldPseudoHeadingsSplitTheOneLongParagraph() throws {
        let article = try Self.load("001_76943739dec701f9.txt")
        let kinds = article.blocks.map(\.kind)
        #expect(
            kinds == [
                .paragraph, .heading(level: 3), .paragraph, .heading(level: 3), .paragraph,
                .heading(level: 3), .paragraph, .heading(level: 3), .paragraph,
            ])
        // The opening quote before `**新AI世界秩序”**` moves into the heading; the paragraph before ends at 。
        #expect(SeedExpectation.fingerprint(article.blocks[5].text) == "faf6122dc47a9b09")
        #expect(article.blocks[4].text.hasSuffix("。"))
        let body = try #require(try Self.lines("001_76943739dec701f9.txt").first { $0.count > 1000 })
        #expect(body.contains(article.blocks[4].text + "“**" + article.blocks[5].text.dropFirst() + "**" + article.blocks[6].text))
        // The image and its italic caption stay inline in the paragraph before the second heading.
        let styles = article.blocks[2].spans.map(\.style)
        #expect(styles.contains(.image(url: "https://inews.gtimg.com/om_bt/OHtp2H8w3UA7hQR5tylguHTs9oEYQwVApOjUqeZ7rnypoAA/1000")))
        let caption = try #require(article.blocks[2].spans.first { $0.style == .italic })
        let utf8 = Array(article.blocks[2].text.utf8)
        #expect(String(decoding: utf8[caption.range], as: UTF8.self) == "（图片来源：ChatGPT）")
        #expect(article.sections.map(\.blockIndex) == [1, 3, 5, 7])
    }

    @Test func whollyBoldParagraphIsAHeadingNotASpeaker() throws {
        let article = try Self.load("002_1373a89ae2b4ce52.txt")
        #expect(article.speakers.isEmpty)
        let heading = article.blocks[article.sections[0].blockIndex]
        #expect(heading.kind == .heading(level: 3))
        #expect(SeedExpectation.fingerprint(heading.text) == "08bb487fb568763e")
        #expect(
            article.blocks.first?.kind == .image(url: "https://inews.gtimg.com/om_bt/OtPmN1OiXhEN9kfRkD5pf-Mqt21UJ-9B8PTu9fmSJETq0AA/641"))
    }

    @Test func transcriptLedeKeyPointsAndTurns() throws {
        let article = try Self.load("000_b09f4aadc0171de3.txt")
        #expect(article.blocks[0].kind == .quote)
        #expect(article.summary == article.blocks[0].text)
        let source = try Self.lines("000_b09f4aadc0171de3.txt")
        #expect(source[2] == ">" + (article.summary ?? ""))
        #expect(article.blocks.filter { $0.kind == .listItem(keyPoint: true) }.map(\.text) == article.keyPoints)
        // Bullets lose `- ` and the trailing double space (a markdown line break).
        #expect(article.keyPoints == source[5...9].map { String($0.dropFirst(2)).trimmingCharacters(in: .whitespaces) })
        #expect(source[5].hasSuffix("  "))
        let first = article.blocks[article.turns[0].blocks.lowerBound]
        #expect(first.kind == .turn(speaker: 0))
        #expect(first.text == source[37])
        #expect(first.text.hasPrefix("Tom Mackenzie: "))
        #expect(first.spans.first == InlineSpan(style: .speakerName, range: 0..<13))
        #expect(article.turns.allSatisfy { $0.blocks.count == 1 })
    }

    @Test func headingsWithColonsOutsideDialogueAreNotTurns() throws {
        let article = try Self.load("004_dda8f3f459d6c823.txt")
        #expect(SeedExpectation.fingerprint(article.title) == "fef2949969105c84")  // title ends with a '?'
        #expect(article.title.hasPrefix("DeepSeek: "))
        #expect(article.turns.isEmpty)
        #expect(article.summary == nil)
        #expect(article.blocks[0].kind == .paragraph)
    }
}
