import Foundation
import HearsayModel
import Testing
@testable import HearsayStore

/// Golden files in `Golden/`, read through #filePath. Set HEARSAY_UPDATE_GOLDEN=1 to rewrite them
/// after an intended change, then review the diff.
private enum Golden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func check(_ actual: String, against name: String) throws {
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["HEARSAY_UPDATE_GOLDEN"] == "1" {
            try actual.write(to: url, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected, "differs from Golden/\(name)")
    }
}

@Suite("Exporting highlights")
struct ExportTests {
    /// A fixed set: plain, in two speakers' turns, across two blocks, orphaned, and in an article
    /// that is not loaded.
    static func highlights() -> [Highlight] {
        let article = Fixtures.article()
        let plain = Fixtures.highlight("茶馆里只有三位客人", in: 1, id: "A0000000-0000-0000-0000-000000000001",
                                       color: 1, created: 1_700_000_000)
        let greeting = Fixtures.highlight("欢迎光临！今天想喝点什么？", in: 2, id: "A0000000-0000-0000-0000-000000000002",
                                          color: 2, note: "热情的开场。", created: 1_700_000_100)
        var english = Fixtures.highlight("Green tea, please.", in: 3, id: "A0000000-0000-0000-0000-000000000003",
                                         color: 3, note: "English in a teahouse: \"please\"\nsecond line",
                                         created: 1_700_000_200)
        english.modified = Date(timeIntervalSince1970: 1_700_003_600)
        let across = Highlight(
            id: UUID(uuidString: "A0000000-0000-0000-0000-000000000004")!, articleID: article.id,
            anchor: TextAnchor.make(article: article, from: Fixtures.position("It costs", in: 3),
                                    to: Fixtures.position("我第一次来这里", in: 4, end: true))!,
            color: 4, created: Date(timeIntervalSince1970: 1_700_000_300))
        // Made on an older version of the article whose sentence has since been deleted.
        var older = article.blocks.map(\.text)
        older[1] += "这句话后来被删掉了。"
        let orphan = Fixtures.highlight("这句话后来被删掉了", in: 1, id: "A0000000-0000-0000-0000-000000000005",
                                        color: 5, note: "原文已改", created: 1_700_000_400,
                                        article: Fixtures.article(blocks: older))
        let elsewhere = Highlight(
            id: UUID(uuidString: "A0000000-0000-0000-0000-000000000006")!, articleID: "elsewhere/not-loaded.md",
            anchor: TextAnchor(exact: "别处的一句话", prefix: "", suffix: "。", start: TextPosition(block: 2, offset: 0),
                               end: TextPosition(block: 2, offset: 18), textHash: "fnv1a64:0000000000000000"),
            color: 1, created: Date(timeIntervalSince1970: 1_700_000_500))
        // Deliberately out of order: the export sorts.
        return [elsewhere, orphan, english, plain, across, greeting]
    }

    @Test("Markdown groups by article with title, source, speaker, colour and note")
    func markdown() throws {
        let export = HighlightExport(highlights: Self.highlights(), articles: [Fixtures.article()])
        try Golden.check(export.markdown(), against: "highlights.md")
    }

    @Test("JSON is W3C Web Annotation JSON-LD with quote and code-point position selectors")
    func webAnnotations() throws {
        let export = HighlightExport(highlights: Self.highlights(), articles: [Fixtures.article()])
        let json = try export.webAnnotationJSON()
        try Golden.check(json, against: "highlights.json")

        // Independently of the golden file: the position selectors point at the exact text in the
        // flattened article, counted in code points.
        let flat = Array(ArticleText(article: Fixtures.article()).text.unicodeScalars)
        let annotations = try #require(
            try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(annotations.count == 6)
        var checked = 0
        for annotation in annotations {
            #expect(annotation["@context"] as? String == "http://www.w3.org/ns/anno.jsonld")
            #expect(annotation["type"] as? String == "Annotation")
            let target = try #require(annotation["target"] as? [String: Any])
            let selectors = try #require(target["selector"] as? [[String: Any]])
            let quote = try #require(selectors.first { $0["type"] as? String == "TextQuoteSelector" })
            guard let position = selectors.first(where: { $0["type"] as? String == "TextPositionSelector" }) else {
                continue
            }
            let start = try #require(position["start"] as? Int)
            let end = try #require(position["end"] as? Int)
            var exact = String.UnicodeScalarView()
            exact.append(contentsOf: flat[start..<end])
            #expect(String(exact) == quote["exact"] as? String)
            checked += 1
        }
        #expect(checked == 4)  // the orphan and the unloaded article's highlight have no position
    }

    @Test("an empty export is valid")
    func empty() throws {
        let export = HighlightExport(highlights: [], articles: [Fixtures.article()])
        #expect(export.markdown() == "# Highlights\n")
        #expect(try export.webAnnotationJSON() == "[\n\n]\n")
    }
}
