import Testing

@testable import HearsayIndex
@testable import HearsayModel

@Suite struct RecordCodingTests {
    private let record = IndexedArticle(
        ParseResult(
            article: Article(
                id: "river/tea.md", path: "/coverage/river/tea.md", format: .transcript, title: "茶山访谈",
                date: ArticleDate(original: "2025年4月2日", timestamp: 1_743_552_000), sourceURL: "https://www.example.org/tea",
                summary: "山上的茶。", tags: ["茶", "tea"], categories: ["访谈"], language: "zh",
                keyPoints: ["一", "二"], sections: [Section(title: "开场", level: 2, blockIndex: 0)],
                blocks: [Block(kind: .turn(speaker: 0), plain: "林小雨: 早。", sourceLine: 3), Block(kind: .paragraph, plain: "“好。”他说。")],
                turns: [
                    Turn(speaker: 0, blocks: 0..<1, timestamp: "00:01:02", label: "林"), Turn(speaker: 1, blocks: 0..<1),
                    Turn(speaker: 0, blocks: 0..<1),
                ],
                speakers: [Speaker(name: "林小雨", id: "林小雨", aliases: ["林"]), Speaker(name: "Tom Baker")],
                quotes: [
                    Quote(
                        speaker: "Tom Baker", title: "茶农", text: "好。", start: 8, end: 10, sentence: "“好。”他说。",
                        range: TextPosition(block: 1, offset: 3)..<TextPosition(block: 1, offset: 9)),
                    Quote(
                        speaker: nil, title: nil, text: "x", start: 0, end: 1, sentence: "",
                        range: TextPosition(block: 0, offset: 0)..<TextPosition(block: 0, offset: 1)),
                ]),
            diagnostics: [Diagnostic(file: "/coverage/river/tea.md", line: 7, severity: .warning, message: "invalid UTF-8 replaced")]))

    @Test("a record reads back as it was written: the whole head, without the blocks but with their count")
    func roundTrip() throws {
        #expect(record.summary?.day == "2025-04-02")
        #expect(record.blockCount == 2)
        let head = try #require(record.head)
        #expect(head.blocks.isEmpty && head.hasLoadedBody)
        let decoded = try #require(RecordCoding.decode(RecordCoding.encode(record)))
        #expect(decoded.head?.hasSameHead(as: head) == true)
        #expect(decoded.head?.date?.timestamp == 1_743_552_000)
        #expect(decoded.head?.quotes.map(\.range) == head.quotes.map(\.range))
        #expect(decoded.blockCount == 2)
        let undated = IndexedArticle(
            ParseResult(
                article: Article(id: "a", format: .markdown, title: "t", date: ArticleDate(original: "某天", timestamp: nil)), diagnostics: []
            ))
        #expect(RecordCoding.decode(RecordCoding.encode(undated)) == undated)
        #expect(decoded.head?.speakers.map(\.id) == ["林小雨", "tom baker"])
        #expect(decoded.head?.speakers.map(\.aliases) == [["林"], []])
        #expect(decoded.head?.turns.map(\.speaker) == [0, 1, 0])
        #expect(RecordCoding.decode(RecordCoding.encode(record)) == record)
        let noArticle = IndexedArticle(
            ParseResult(
                article: nil,
                diagnostics: [
                    Diagnostic(file: "x.md", line: 0, severity: .note, message: "binary; skipped")
                ]))
        #expect(RecordCoding.decode(RecordCoding.encode(noArticle)) == noArticle)
    }

    @Test("every field of Article but its body is stored (a field added to it must be added here too)")
    func everyArticleFieldIsStored() throws {
        let head = try #require(record.head)
        #expect(Mirror(reflecting: head).children.compactMap(\.label) == ["fields", "body"])
        let fields = Mirror(reflecting: head.fields).children.compactMap(\.label)
        #expect(fields.last == "details")
        let details = Mirror(reflecting: head.fields.details.unpacked).children.compactMap(\.label)
        #expect(fields.count - 1 + details.count == RecordCoding.articleFieldCount)
    }

    @Test("bytes cut short, with trailing bytes or with a wrong count are not a record")
    func damagedBytesAreRejected() {
        let bytes = RecordCoding.encode(record)
        for length in [0, 1, 9, bytes.count / 2, bytes.count - 1] {
            #expect(RecordCoding.decode(Array(bytes.prefix(length))) == nil, "cut to \(length)")
        }
        #expect(RecordCoding.decode(bytes + [0]) == nil)
        var hugeCount = bytes
        hugeCount[1] = 0xFF  // the id's length
        #expect(RecordCoding.decode(hugeCount) == nil)
    }

    @Test("a turn's block index past 32 bits is damage, not a turn")
    func indexPastThirtyTwoBitsIsRejected() throws {
        let bytes = RecordCoding.encode(record)
        // The first turn: speaker, first block, end block (8 bytes each), then its timestamp as an
        // optional string (a flag, a length, the text).
        let timestamp = Array("00:01:02".utf8)
        let textStart = try #require((0...(bytes.count - timestamp.count)).first { Array(bytes[$0..<$0 + timestamp.count]) == timestamp })
        let endBlock = textStart - 8 - 1 - 8
        #expect(bytes[endBlock] == 1)
        var patched = bytes
        withUnsafeBytes(of: Int64(1 << 40).littleEndian) { patched.replaceSubrange(endBlock..<endBlock + 8, with: $0) }
        #expect(RecordCoding.decode(patched) == nil)
        withUnsafeBytes(of: Int64(Int32.max).littleEndian) { patched.replaceSubrange(endBlock..<endBlock + 8, with: $0) }
        #expect(RecordCoding.decode(patched)?.head?.turns.first?.blocks == 0..<Int(Int32.max))
    }
}

@Suite struct TrigramQueryTests {
    @Test("a phrase is looked up as its distinct trigrams, quoted; shorter phrases are scanned for")
    func trigrams() {
        #expect(ArticleIndex.trigramQuery("开源") == nil)
        #expect(ArticleIndex.trigramQuery("开源社区") == "\"开源社\" AND \"源社区\"")
        #expect(ArticleIndex.trigramQuery("aaaa") == "\"aaa\"")
        #expect(ArticleIndex.trigramQuery("a\"b c") == "\"a\"\"b\" AND \"\"\"b \" AND \"b c\"")
        #expect(ArticleIndex.trigramQuery(String(repeating: "abcdefghij", count: 10))?.components(separatedBy: " AND ").count == 10)
        let long = (0..<40).map { String(UnicodeScalar(0x4E00 + $0)!) }.joined()
        #expect(ArticleIndex.trigramQuery(long)?.components(separatedBy: " AND ").count == ArticleIndex.maximumTrigrams)
    }
}
