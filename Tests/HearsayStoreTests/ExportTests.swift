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
        let plain = Fixtures.highlight(
            "茶馆里只有三位客人", in: 1, id: "A0000000-0000-0000-0000-000000000001",
            color: 1, created: 1_700_000_000)
        let greeting = Fixtures.highlight(
            "欢迎光临！今天想喝点什么？", in: 2, id: "A0000000-0000-0000-0000-000000000002",
            color: 2, note: "热情的开场。", created: 1_700_000_100)
        var english = Fixtures.highlight(
            "Green tea, please.", in: 3, id: "A0000000-0000-0000-0000-000000000003",
            color: 3, note: "English in a teahouse: \"please\"\nsecond line",
            created: 1_700_000_200)
        english.modified = Date(timeIntervalSince1970: 1_700_003_600)
        let across = Highlight(
            id: UUID(uuidString: "A0000000-0000-0000-0000-000000000004")!, articleID: article.id,
            anchor: TextAnchor.make(
                article: article, from: Fixtures.position("It costs", in: 3),
                to: Fixtures.position("我第一次来这里", in: 4, end: true))!,
            color: 4, created: Date(timeIntervalSince1970: 1_700_000_300))
        // Made on an older version of the article whose sentence has since been deleted.
        var older = article.blocks.map(\.text)
        older[1] += "这句话后来被删掉了。"
        let orphan = Fixtures.highlight(
            "这句话后来被删掉了", in: 1, id: "A0000000-0000-0000-0000-000000000005",
            color: 5, note: "原文已改", created: 1_700_000_400,
            article: Fixtures.article(blocks: older))
        let elsewhere = Highlight(
            id: UUID(uuidString: "A0000000-0000-0000-0000-000000000006")!, articleID: "elsewhere/not-loaded.md",
            anchor: TextAnchor(
                exact: "别处的一句话", prefix: "", suffix: "。", start: TextPosition(block: 2, offset: 0),
                end: TextPosition(block: 2, offset: 18), textHash: "fnv1a64:0000000000000000"),
            color: 1, created: Date(timeIntervalSince1970: 1_700_000_500), details: ExportTests.elsewhereDetails)
        // Deliberately out of order: the export sorts.
        return [elsewhere, orphan, english, plain, across, greeting]
    }

    /// What the not-loaded article's highlight remembers of it.
    static let elsewhereDetails = HighlightDetails(
        articleTitle: "别处的访谈", sourceURL: "https://example.org/elsewhere", speaker: "王芳", codePoints: 40..<46)

    /// The fixture article with a date and its heading as a section.
    static func datedArticle() -> Article {
        var article = Fixtures.article()
        article.date = ArticleDate(original: "2024-05-01 20:00", timestamp: 1_714_593_600)
        article.sections = [Section(title: "雨夜的茶馆", level: 2, blockIndex: 0)]
        return article
    }

    @Test("Markdown groups by article with title, date, source, speaker, section and note; no colour unless asked")
    func markdown() throws {
        let export = HighlightExport(highlights: Self.highlights(), articles: [Self.datedArticle()])
        try Golden.check(export.markdown(), against: "highlights.md")
        let colored = export.markdown(withColor: true)
        #expect(colored.contains("> — 林小雨 · § 雨夜的茶馆 · colour 2\n"))
        #expect(colored.contains("> — colour 5 · orphaned: this text is no longer in the article\n"))
        #expect(!export.markdown().contains("colour"))
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
            // The article not loaded has its remembered position, checked in `notLoaded`.
            guard target["source"] as? String == "https://example.org/teahouse" else { continue }
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
        #expect(checked == 4)  // the orphan has no position
    }

    @Test("an article not loaded is exported as its highlights remember it: title, link, speaker, position")
    func notLoaded() throws {
        let highlight = try #require(Self.highlights().first { $0.articleID == "elsewhere/not-loaded.md" })
        // An older copy of the same highlight, whose details the newer one replaces.
        var older = Self.highlights().first { $0.articleID == "elsewhere/not-loaded.md" }!
        older.id = UUID(uuidString: "A0000000-0000-0000-0000-000000000007")!
        older.anchor.exact = "更早的一句"
        older.anchor.start.offset = 30
        older.details = HighlightDetails(articleTitle: "旧标题", sourceURL: nil, speaker: nil, codePoints: nil)
        older.modified = Date(timeIntervalSince1970: 1_600_000_000)
        let export = HighlightExport(highlights: [highlight, older], articles: [])
        #expect(
            export.markdown() == """
                # Highlights

                ## 别处的访谈

                Source: <https://example.org/elsewhere>
                Article: `elsewhere/not-loaded.md` (not loaded: positions not checked)

                > 别处的一句话
                >
                > — 王芳

                > 更早的一句

                """)
        let annotations = try JSONSerialization.jsonObject(with: Data(export.webAnnotationJSON().utf8)) as? [[String: Any]]
        let target = try #require(annotations?.first?["target"] as? [String: Any])
        #expect(target["source"] as? String == "https://example.org/elsewhere")
        let selectors = try #require(target["selector"] as? [[String: Any]])
        #expect(selectors.count == 2)
        #expect(selectors[1]["type"] as? String == "TextPositionSelector")
        #expect(selectors[1]["start"] as? Int == 40 && selectors[1]["end"] as? Int == 46)
    }

    @Test("an empty export is valid")
    func empty() throws {
        let export = HighlightExport(highlights: [], articles: [Fixtures.article()])
        #expect(export.markdown() == "# Highlights\n")
        #expect(try export.webAnnotationJSON() == "[\n\n]\n")
    }
}
