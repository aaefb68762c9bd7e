import Foundation
import HearsayTesting
import Testing

/// `hearsay search` prints results through the index a page at a time (the first after one match,
/// the next every 256): the output is exactly that of a search of the files, across pages.
@Suite(.enabled(if: HearsayBinary.available, Comment(rawValue: HearsayBinary.skipMessage)))
struct SearchPagesTests {
    /// 320 invented articles in two folders (the same relative paths in both, so later ids are
    /// renamed), every third without the phrase, some with it in the title and several times in
    /// turns; plus a binary file (a loading problem).
    private static let files: [String: String] = {
        var files: [String: String] = ["b/binary.md": "\u{0}\u{1}\u{2}binary"]
        for number in 0..<320 {
            let folder = number < 160 ? "a" : "b"
            let name = String(format: "%03d.md", number % 160)
            let title = number % 7 == 0 ? "开源访谈 \(number)" : "访谈 \(number)"
            let words = number % 3 == 0 ? "今天不谈这个。" : "开源的第 \(number) 个理由。开源节流。"
            files["\(folder)/\(name)"] = "# \(title)\n\n## 详细对话\n\n林小雨: \(words)\nTom Baker: Open source, number \(number).\n"
        }
        return files
    }()

    private func run(_ arguments: [String], cache: String) throws -> HearsayBinary.Output {
        try HearsayBinary.run(arguments, environment: ["XDG_CACHE_HOME": cache])
    }

    @Test(
        "pages through the index print what a search of the files prints, cold and warm",
        arguments: ["开源", "开源的第", "source, number 1", "没有这个词"])
    func samePrintedAsAWholeSearch(phrase: String) throws {
        let folder = try FixtureFolder(files: Self.files)
        let command = ["search", phrase, folder.path + "/a", folder.path + "/b", "--width", "60"]
        let cache = folder.path + "/cache"
        let files = try run(command + ["--no-cache"], cache: cache)
        let cold = try run(command, cache: cache)
        let warm = try run(command, cache: cache)
        #expect(FileManager.default.fileExists(atPath: cache + "/hearsay/index.sqlite"))
        for output in [cold, warm] {
            #expect(output.standardOutput == files.standardOutput)
            #expect(output.standardError == files.standardError)
            #expect(output.status == files.status)
        }
    }

    @Test("the whole output, checked by its shape: every matching article once, in load order, groups apart")
    func everyMatchingArticleInOrder() throws {
        let folder = try FixtureFolder(files: Self.files)
        let output = try run(["search", "开源", folder.path + "/a", folder.path + "/b", "--width", "200"], cache: folder.path + "/cache")
        #expect(output.status == 0)
        let headings = output.lines.filter { !$0.hasPrefix("  ") && !$0.isEmpty }
        let expected = (0..<320).filter { $0 % 3 != 0 || $0 % 7 == 0 }.map { number in
            let name = String(format: "%03d.md", number % 160)
            let id = number < 160 ? name : "\(folder.path)/b/\(name)"
            return "\(number % 7 == 0 ? "开源访谈" : "访谈") \(number)  (\(id))"
        }
        #expect(headings == expected)
        #expect(output.lines.filter(\.isEmpty).count == expected.count - 1)
    }
}
