import Foundation
import HearsayTesting
import Testing

@Suite(.enabled(if: HearsayBinary.available, Comment(rawValue: HearsayBinary.skipMessage)))
struct CheckCommandTests {
    @Test func cleanCorpusExitsZero() throws {
        let output = try HearsayBinary.run(["check"])
        #expect(output.status == 0)
        #expect(output.lines == ["5 articles; 0 errors, 0 warnings"])
    }

    @Test func errorsExitOneAndNameFileAndLine() throws {
        let folder = try FixtureFolder(files: [
            "good.md": "# 好\n",
            "open.md": "---\ntitle: x\n正文\n",
            "sub/empty.md": "",
        ])
        let output = try HearsayBinary.run(["check", folder.path])
        #expect(output.status == 1)
        #expect(output.lines == [
            "\(folder.path)/open.md:1: error: front matter starting here is never closed by a `---` line; read as text",
            "\(folder.path)/sub/empty.md:1: warning: file is empty",
            "2 articles; 1 error, 1 warning",
        ])
    }

    @Test func warningsAloneExitZero() throws {
        let folder = try FixtureFolder(files: ["meta.md": "---\ntitle: 只有元数据\n---\n"])
        let output = try HearsayBinary.run(["check", folder.path + "/meta.md"])
        #expect(output.status == 0)
        #expect(output.lines == ["\(folder.path)/meta.md:3: warning: front matter but no text after it", "1 article; 0 errors, 1 warning"])
    }

    @Test(.enabled(if: Seeds.available, Comment(rawValue: Seeds.skipMessage)))
    func seedsAreClean() throws {
        let output = try HearsayBinary.run(["check", Seeds.directory.path])
        #expect(output.status == 0)
        #expect(output.lines == ["5 articles; 0 errors, 0 warnings"])
    }
}
