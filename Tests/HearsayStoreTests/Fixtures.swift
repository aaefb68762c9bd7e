import Foundation
import HearsayModel
import HearsayTesting

/// An invented interview (our own text, Chinese and English) and folders for stores under test.
enum Fixtures {
    static let articleID = "invented/teahouse.md"

    /// Blocks: 0 heading, 1 paragraph, 2-3 turns, 4 a continuation, 5 a turn with a repeated phrase.
    static func article(blocks texts: [String]? = nil) -> Article {
        let kinds: [BlockKind] = [
            .heading(level: 2), .paragraph, .turn(speaker: 0), .turn(speaker: 1), .turnContinuation(speaker: 1),
            .turn(speaker: 0),
        ]
        let defaultTexts = [
            "雨夜的茶馆",
            "那天晚上下着大雨。茶馆里只有三位客人，炉子上的水刚刚烧开。",
            "林小雨: 欢迎光临！今天想喝点什么？我们有新到的龙井。",
            "Tom Baker: Green tea, please. It costs 3.5 yuan, right?",
            "我第一次来这里，很喜欢这里的安静。",
            "林小雨: 对，3.5元。请慢用，很喜欢这里的安静的客人都会再来。",
        ]
        let blockTexts = texts ?? defaultTexts
        let blocks = blockTexts.enumerated().map { index, text in
            Block(kind: index < kinds.count ? kinds[index] : .paragraph, plain: text, sourceLine: index + 1)
        }
        return Article(
            id: articleID, format: .transcript, title: "雨夜茶馆：一场虚构的访谈",
            sourceURL: "https://example.org/teahouse", blocks: blocks,
            speakers: [Speaker(name: "林小雨"), Speaker(name: "Tom Baker")])
    }

    /// The UTF-8 offset of `needle` in block `block` of the default article.
    static func position(
        _ needle: String, in block: Int, article: Article = Fixtures.article(), end: Bool = false
    )
        -> TextPosition
    {
        let text = article.blocks[block].text
        let range = text.range(of: needle)!
        let index = end ? range.upperBound : range.lowerBound
        return TextPosition(block: block, offset: text.utf8.distance(from: text.startIndex, to: index))
    }

    /// A highlight of `needle` in `block`.
    static func highlight(
        _ needle: String, in block: Int, id: String, color: Int = 1, note: String? = nil,
        created: TimeInterval, article: Article = Fixtures.article()
    ) -> Highlight {
        let range = position(needle, in: block, article: article)..<position(needle, in: block, article: article, end: true)
        let anchor = TextAnchor.make(article: article, from: range.lowerBound, to: range.upperBound)!
        return Highlight(
            id: UUID(uuidString: id)!, articleID: article.id, anchor: anchor, color: color, note: note,
            created: Date(timeIntervalSince1970: created)
        )
        .withDetails(from: article, range: range, text: ArticleText(article: article))
    }
}

extension TemporaryFolder {
    /// Makes the folder read-only (0555): nothing can be created or removed in it.
    func makeReadOnly() throws {
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: url.path)
    }
}

/// A fresh folder under the system's temporary directory (never the user's XDG folders), removed by
/// `remove()`.
struct TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("hearsay-store-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func remove() {
        try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
        try? FileManager.default.removeItem(at: url)
    }
}
