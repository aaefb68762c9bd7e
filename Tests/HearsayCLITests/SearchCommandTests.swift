import Foundation
import Testing

/// `hearsay search` run as a process on a folder of invented files.
@Suite(.serialized)
struct SearchCommandTests {
    /// Runs the built `hearsay` with `arguments`; returns standard output and the exit status.
    private func hearsay(_ arguments: [String]) throws -> (output: String, status: Int32) {
        let process = Process()
        process.executableURL = SearchCommandTests.binary
        process.arguments = arguments
        // The index goes to the test run's scratch cache, never the user's ~/.cache.
        process.environment = ProcessInfo.processInfo.environment.merging(["XDG_CACHE_HOME": HearsayBinary.cacheHome]) { $1 }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (String(decoding: data, as: UTF8.self), process.terminationStatus)
    }

    /// The executable SwiftPM built next to the test bundle.
    static let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        .appendingPathComponent("hearsay")

    /// A folder with an invented interview and an invented news item.
    static let folder: URL = {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("hearsay-search-cli-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let interview = """
            # 一次关于 Nova 的访谈

            ## 详细对话

            Alice Chen: 我们相信开源。NOVA 会继续开源。

            Bob Li: 开源也有成本，但ｎｏｖａ值得。

            """
        let news = """
            ---
            title: "巴黎的雨天"
            tags:
              - "天气"
            ---

            巴黎今天下雨，Nova 团队的发布会照常举行。

            """
        try? interview.write(to: folder.appendingPathComponent("interview.md"), atomically: true, encoding: .utf8)
        try? news.write(to: folder.appendingPathComponent("news.md"), atomically: true, encoding: .utf8)
        return folder
    }()

    @Test func keywordInContextLinesGroupedByArticle() throws {
        let (output, status) = try hearsay(["search", "nova", Self.folder.path, "--width", "40"])
        #expect(status == 0)
        // The match is centred in what the speaker prefix leaves (25 columns for "  [Alice Chen] ").
        // The title is searched as the reader shows it: its match comes first.
        #expect(
            output == """
                一次关于 Nova 的访谈  (interview.md)
                          一次关于 Nova 的访谈
                  [Alice Chen]  …信开源。NOVA 会继续开…
                  [Bob Li]  …成本，但ｎｏｖａ值得。

                巴黎的雨天  (news.md)
                     巴黎今天下雨，Nova 团队的发布会照…

                """)
    }

    @Test func speakerOptionAndSpeakerInTheQueryAgree() throws {
        let option = try hearsay(["search", "nova", Self.folder.path, "--width", "40", "--speaker", "bob"])
        let inline = try hearsay(["search", "speaker:bob nova", Self.folder.path, "--width", "40"])
        #expect(
            option.output == """
                一次关于 Nova 的访谈  (interview.md)
                  [Bob Li]  …成本，但ｎｏｖａ值得。

                """)
        #expect(inline.output == option.output)
    }

    @Test func jsonGivesPositionsContextAndMatch() throws {
        let (output, status) = try hearsay(["search", "ＮＯＶＡ", Self.folder.path, "--json", "--width", "40"])
        #expect(status == 0)
        let results = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: Any]])
        #expect(results.count == 4)
        // The title's match: no block, the header line it is in, offsets into the title.
        let title = results[0]
        #expect(title["header"] as? String == "title")
        #expect(title["block"] is NSNull)
        #expect(title["speaker"] is NSNull)
        #expect(title["start"] as? Int == 13)  // "一次关于 " is 4 × 3 + 1 bytes
        #expect(title["end"] as? Int == 17)
        #expect(title["match"] as? String == "Nova")
        let first = results[1]
        #expect(first["header"] is NSNull)
        #expect(first["article"] as? String == "interview.md")
        #expect(first["title"] as? String == "一次关于 Nova 的访谈")
        #expect(first["speaker"] as? String == "Alice Chen")
        #expect(first["turn"] as? Int == 0)
        // Block 0 is the 详细对话 heading; "Alice Chen: 我们相信开源。" is 12 + 7 × 3 bytes.
        #expect(first["block"] as? Int == 1)
        #expect(first["start"] as? Int == 33)
        #expect(first["end"] as? Int == 37)
        #expect(first["match"] as? String == "NOVA")
        // Left budget 18: the turn's words before the match, "我们相信开源。" (14 columns), after
        // the speaker's name; the rest fits on the right.
        #expect(first["context"] as? String == "    我们相信开源。NOVA 会继续开源。")
        #expect(first["contextMatchColumns"] as? [Int] == [18, 22])
        let last = results[3]
        #expect(last["article"] as? String == "news.md")
        #expect(last["speaker"] is NSNull)
        #expect(last["match"] as? String == "Nova")
    }

    @Test func nothingFoundExitsWithStatusOne() throws {
        let (output, status) = try hearsay(["search", "闭源", Self.folder.path])
        #expect(status == 1)
        #expect(output.isEmpty)
    }
}
