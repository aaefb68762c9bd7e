import Foundation
import HearsayTesting
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Issue 17, item 8 through the commands: a GBK file name is listed, a file over the size limit
/// says why `show` cannot show it.
@Suite(.enabled(if: HearsayBinary.available, Comment(rawValue: HearsayBinary.skipMessage)))
struct PathCommandTests {
    @Test func aFolderWithAGBKFileNameIsListed() throws {
        let folder = try FixtureFolder(files: ["utf8.md": "# 新的\n\n正文。\n"])
        let gbkPath = Array(folder.path.utf8) + [UInt8(ascii: "/"), 0xD0, 0xC2, 0xCE, 0xC5] + Array(".txt".utf8) + [0]
        let descriptor = gbkPath.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_WRONLY | O_CREAT, 0o644) }
        }
        let text = Array("# 旧新闻\n\n正文。\n".utf8)
        #expect(write(descriptor, text, text.count) == text.count)
        close(descriptor)

        let runner = HostileRun(scratch: folder.path)
        let listed = try runner.run(["list", folder.path])
        #expect(listed.status == 0)
        #expect(Set(listed.lines.dropFirst().map { $0.split(separator: " ", omittingEmptySubsequences: true)[1] }) == ["旧新闻", "新的"])
        let checked = try runner.run(["check", folder.path])
        #expect(
            checked.lines == [
                "\(folder.path)/\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}.txt: note: file name is not UTF-8; shown with \u{FFFD} in its place",
                "2 articles; 0 errors, 0 warnings",
            ])
        let shown = try runner.run(["show", "\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}.txt", "--corpus", folder.path, "--width", "40"])
        #expect(shown.lines == ["旧新闻", "", "正文。"])
    }

    /// Given on the command line, the name reaches the program as bytes Swift's `arguments`
    /// would have replaced; the raw ones are used. (Process passes arguments as UTF-8, so the test
    /// goes through a shell that turns `\xD0…` into the bytes.)
    @Test func aGBKFileNameGivenOnTheCommandLineIsRead() throws {
        let folder = try FixtureFolder(files: [:])
        try FileManager.default.createDirectory(atPath: folder.path, withIntermediateDirectories: true)
        let script = """
            cd "$1" && printf '# 旧新闻\\n\\n正文。\\n' > "$(printf '\\320\\302\\316\\305.txt')" \
              && "$2" show "$(printf '\\320\\302\\316\\305.txt')" --width 40 && "$2" list "$(printf '\\320\\302\\316\\305.txt')"
            """
        let output = try HostileRun(scratch: folder.path).run(shell: script, arguments: [folder.path, HearsayBinary.url.path])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.lines.prefix(3) == ["旧新闻", "", "正文。"])
        #expect(output.lines.dropFirst(4).first?.contains("旧新闻") == true)
    }

    @Test func showSaysAFileIsOverTheSizeLimit() throws {
        let folder = try FixtureFolder(files: ["big.md": "# 大\n"])
        #expect(truncate(folder.path + "/big.md", off_t(64 << 20) + 1) == 0)
        let shown = try HostileRun(scratch: folder.path).run(["show", folder.path + "/big.md"])
        #expect(shown.status == 1)
        #expect(
            shown.errorLines == ["Error: \(folder.path)/big.md: file of 67108865 bytes is over the 64 MB limit for an article; skipped"])
    }
}
