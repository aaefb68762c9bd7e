import Foundation
import GRDB
import HearsayIndex
import HearsayModel

/// A scratch folder with a corpus (`corpus/`) and a cache folder (`cache/`), never the user's.
final class IndexFixture {
    let root: String
    var corpus: String { root + "/corpus" }
    var cache: String { root + "/cache" }
    var indexFile: String { cache + "/" + IndexFormat.fileName }

    /// Three invented articles: two interviews and a front-matter article, one in a sub-folder.
    static let articles: [String: String] = [
        "tea.md": """
        # 茶山访谈：一片叶子的旅程

        > 采茶季的清晨，我们和两位茶农聊了聊。

        ## 详细对话

        林小雨: 今年的春茶来得早，三月初就开采了。
        Tom Baker: How early is that compared with last year?
        林小雨: 早了差不多十天。开源节流，是我们家的老规矩。
        周明: 我补充一句，雨水多，叶子更嫩。
        """,
        "river/boats.md": """
        ---
        title: "River Boats 河上的船"
        date: 2025-04-02
        summary: 一条河上的三种船。
        tags: [河流, 交通]
        ---

        渡船每天清晨六点出发，载着菜农过河。ＡＩ调度系统今年第一次上线。

        货船更慢，但运得更多。
        """,
        "market.txt": """
        # 夜市闲谈

        ## 详细对话

        陈阿姨: 夜市九点以后人最多。
        tom baker: The noodles here are the best.
        陈阿姨: 开源的菜谱？没有这回事。
        """,
    ]

    init(files: [String: String] = IndexFixture.articles) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("hearsay-index-tests-\(UUID().uuidString)").path
        for (name, text) in files { try write(name, text) }
    }

    deinit {
        try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: cache)
        try? FileManager.default.removeItem(atPath: root)
    }

    func write(_ name: String, _ text: String) throws {
        let path = corpus + "/" + name
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent,
            withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    func remove(_ name: String) throws {
        try FileManager.default.removeItem(atPath: corpus + "/" + name)
    }

    /// An index in the fixture's cache folder. `racyWindow` 0: a file's stamp alone is trusted,
    /// so the tests see exactly what the stamp decides.
    func open(racyWindow: Int64 = 0) throws -> ArticleIndex {
        let opening = ArticleIndex.open(folder: cache, racyWindow: racyWindow)
        guard let index = opening.index else { throw FixtureError.notOpened(opening.notices) }
        return index
    }

    enum FixtureError: Error { case notOpened([String]) }

    var files: ArticleFileList { ArticleFileList(paths: [corpus]) }

    /// The listing through `index` (refreshing it), and what the refresh did.
    func listing(_ index: ArticleIndex) throws -> (CorpusListing, ArticleIndex.Counts) {
        let list = files
        let refresh = try index.refresh(list.files, pruningUnder: list.folders)
        return (CorpusListing(records: refresh.records, of: list.files, walkDiagnostics: list.diagnostics), refresh.counts)
    }

    /// The listing from the files alone.
    var freshListing: CorpusListing { CorpusListing(corpus: CorpusLoader().load(paths: [corpus])) }

    /// Sets a file's modification time back to `seconds` since 1970 (its change time moves anyway).
    func setModified(_ name: String, to timestamp: timespec) {
        var times = [timestamp, timestamp]
        _ = utimensat(AT_FDCWD, corpus + "/" + name, &times, 0)
    }

    func modified(_ name: String) -> timespec {
        var info = stat()
        _ = stat(corpus + "/" + name, &info)
        return info.st_mtim
    }
}

extension CorpusListing {
    /// Everything `list --json`, `speakers --json` and the loading report print.
    /// What `list` prints from it (`speakers` reads the files: the index keeps neither quotations nor
    /// speakers' aliases).
    var printed: String {
        ArticleListing.json(articles) + diagnostics.map(\.description).joined(separator: "\n")
    }
}
