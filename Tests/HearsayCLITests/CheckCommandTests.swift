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
        #expect(
            output.lines == [
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

/// A file that looks like a transcript but could not be read as one is reported, not guessed at.
@Suite(.enabled(if: HearsayBinary.available, Comment(rawValue: HearsayBinary.skipMessage)))
struct CheckTranscriptRefusalTests {
    @Test func labelsThatDoNotAlternateAreAWarning() throws {
        let folder = try FixtureFolder(files: ["quotes.md": "# 语录\n\n张三：一。\n\n张三：二。\n\n张三：三。\n\n张三：四。\n"])
        let output = try HearsayBinary.run(["check", folder.path])
        #expect(output.status == 0)
        #expect(
            output.lines == [
                "\(folder.path)/quotes.md:3: warning: 4 lines look like speaker labels (张三 ×4) but were not read as turns: only one label (张三) recurs: no one answers",
                "1 article; 0 errors, 1 warning",
            ])
    }
}
