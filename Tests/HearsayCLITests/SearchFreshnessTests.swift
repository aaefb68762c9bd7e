import Foundation
import HearsayTesting
import Testing

/// A warm `hearsay search` judges the files by their stamps without decoding their records: it
/// still prints what a search of the files prints after files change, and the same errors.
@Suite(.enabled(if: HearsayBinary.available, Comment(rawValue: HearsayBinary.skipMessage)))
struct SearchFreshnessTests {
    /// Invented articles: the same relative path in two folders (the second id is renamed), one
    /// whose front matter is never closed (an error, still an article), an empty file.
    private static let files = [
        "a/talk.md": "# 雨夜访谈\n\n## 详细对话\n\n林小雨: 雨下得很大，开源节流吧。\nTom Baker: It is raining hard.\n",
        "a/open.md": "---\ntitle: 没有结尾\n\n# 前言未闭合\n\n开源的想法写在纸上。\n",
        "b/talk.md": "# 第二场\n\n## 详细对话\n\ntom baker: Again, the rain.\n周明: 开源的事明天再说。\n",
        "b/empty.md": "",
    ]

    private func run(_ arguments: [String], cache: String) throws -> HearsayBinary.Output {
        try HearsayBinary.run(arguments, environment: ["XDG_CACHE_HOME": cache])
    }

    /// `search PHRASE a b` with the index, and without it.
    private func search(_ phrase: String, in folder: FixtureFolder) throws -> (indexed: HearsayBinary.Output, files: HearsayBinary.Output) {
        let command = ["search", phrase, folder.path + "/a", folder.path + "/b", "--width", "80"]
        return (try run(command, cache: folder.path + "/cache"), try run(command + ["--no-cache"], cache: folder.path + "/cache"))
    }

    @Test("warm, the errors of the files are printed as a search of the files prints them, and the renamed id too")
    func errorsAndIDsAsTheFiles() throws {
        let folder = try FixtureFolder(files: Self.files)
        _ = try search("开源", in: folder)
        let (warm, files) = try search("开源", in: folder)
        #expect(warm.standardOutput == files.standardOutput)
        #expect(warm.standardError == files.standardError)
        #expect(
            warm.standardError
                == "\(folder.path)/a/open.md:1: error: front matter starting here is never closed by a `---` line; read as text\n")
        #expect(
            warm.lines.filter { !$0.hasPrefix("  ") && !$0.isEmpty } == [
                "前言未闭合  (open.md)", "雨夜访谈  (talk.md)", "第二场  (\(folder.path)/b/talk.md)",
            ])
    }

    @Test("a file rewritten between two searches with the same size and modification time is searched as it is now")
    func rewrittenFileIsSeen() throws {
        let folder = try FixtureFolder(files: Self.files)
        _ = try search("开源", in: folder)
        let path = folder.path + "/b/talk.md"
        var before = stat()
        _ = stat(path, &before)
        // Same byte count: three-byte characters swapped for others.
        let rewritten = Self.files["b/talk.md"]!.replacingOccurrences(of: "开源的事", with: "节能的事")
        try Data(rewritten.utf8).write(to: URL(fileURLWithPath: path))
        var times = [before.st_mtim, before.st_mtim]
        _ = utimensat(AT_FDCWD, path, &times, 0)

        let (old, oldFromFiles) = try search("开源的事", in: folder)
        #expect(old.standardOutput == oldFromFiles.standardOutput)
        #expect(old.standardOutput.isEmpty)
        #expect(old.status == 1)
        let (new, newFromFiles) = try search("节能的事", in: folder)
        #expect(new.standardOutput == newFromFiles.standardOutput)
        #expect(new.lines.first == "第二场  (\(folder.path)/b/talk.md)")
    }

    @Test("a file deleted and one added between two searches: the ids and results follow the files")
    func deletedAndAddedFiles() throws {
        let folder = try FixtureFolder(files: Self.files)
        _ = try search("开源", in: folder)
        try FileManager.default.removeItem(atPath: folder.path + "/a/talk.md")
        try Data("# 新来的\n\n开源的第三种说法。\n".utf8).write(to: URL(fileURLWithPath: folder.path + "/b/new.md"))
        let (warm, files) = try search("开源", in: folder)
        #expect(warm.standardOutput == files.standardOutput)
        #expect(warm.standardError == files.standardError)
        // With a/talk.md gone, b/talk.md keeps its own id.
        #expect(warm.lines.filter { !$0.hasPrefix("  ") && !$0.isEmpty } == ["前言未闭合  (open.md)", "新来的  (new.md)", "第二场  (talk.md)"])
    }
}
