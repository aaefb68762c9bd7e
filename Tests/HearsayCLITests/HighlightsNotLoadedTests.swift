import Foundation
import Testing

/// Highlights of the user's own articles, listed and exported without those files (as `hearsay
/// highlights export` with no paths does), and from a state folder that is read-only.
@Suite(
    "hearsay highlights: articles not loaded, read-only folder",
    .enabled(if: HearsayBinary.available, Comment(rawValue: HearsayBinary.skipMessage)))
struct HighlightsNotLoadedTests {
    /// An invented transcript, saved where the test's corpus folder is.
    static let transcript = """
        # 码头边的夜谈

        ## 详细对话

        李文: 今晚的风很大。我们就从渡轮说起吧。

        Anna Weber: The ferry runs every twenty minutes.

        _原链接:https://example.org/pier_

        """

    private func prepared() throws -> HighlightsCLI {
        let cli = try HighlightsCLI()
        try Self.transcript.write(to: cli.emptyCorpus.appendingPathComponent("pier.md"), atomically: true, encoding: .utf8)
        for (id, exact) in [
            ("C0000000-0000-0000-0000-000000000001", "我们就从渡轮说起吧。"),
            ("C0000000-0000-0000-0000-000000000002", "The ferry runs every twenty minutes."),
        ] {
            let result = try cli.run([
                "highlights", "_add", "--state-dir", cli.stateDirectory, "--article", "pier.md",
                "--exact", exact, "--id", id, "--created", "1700000000", "--note", "记下",
                cli.emptyCorpus.path,
            ])
            #expect(result.status == 0, "\(result.stderr)")
        }
        return cli
    }

    @Test("export with no paths names the article, links it and credits each speaker")
    func markdownWithoutTheArticle() throws {
        let cli = try prepared()
        defer { cli.remove() }
        // No paths: the built-in samples are loaded, not pier.md.
        let result = try cli.run(["highlights", "export", "--format", "markdown", "--with-color", "--state-dir", cli.stateDirectory])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout == """
                # Highlights

                ## 码头边的夜谈

                Source: <https://example.org/pier>
                Article: `pier.md` (not loaded: positions not checked)

                > 我们就从渡轮说起吧。
                >
                > — 李文 · colour 1

                Note: 记下

                > The ferry runs every twenty minutes.
                >
                > — Anna Weber · colour 1

                Note: 记下

                """)
    }

    @Test("JSON with no paths keeps the source link and the position last seen")
    func webAnnotationsWithoutTheArticle() throws {
        let cli = try prepared()
        defer { cli.remove() }
        let loaded = try cli.run([
            "highlights", "export", "--format", "json", "--state-dir", cli.stateDirectory,
            cli.emptyCorpus.path,
        ])
        let unloaded = try cli.run(["highlights", "export", "--format", "json", "--state-dir", cli.stateDirectory])
        #expect(loaded.status == 0 && unloaded.status == 0)
        #expect(unloaded.stdout == loaded.stdout, "the same annotations, with or without the file")
        #expect(unloaded.stdout.contains("\"source\" : \"https://example.org/pier\""))
        #expect(unloaded.stdout.components(separatedBy: "TextPositionSelector").count == 3)
    }

    @Test("list --json with no paths gives each highlight's article title, link and speaker")
    func listJSONWithoutTheArticle() throws {
        let cli = try prepared()
        defer { cli.remove() }
        let result = try cli.run(["highlights", "list", "--json", "--state-dir", cli.stateDirectory])
        #expect(result.status == 0)
        let items = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(items.map { $0["status"] as? String } == ["unchecked", "unchecked"])
        #expect(items.map { $0["title"] as? String } == ["码头边的夜谈", "码头边的夜谈"])
        #expect(items.map { $0["source"] as? String } == ["https://example.org/pier", "https://example.org/pier"])
        #expect(items.map { $0["speaker"] as? String } == ["李文", "Anna Weber"])
    }

    @Test("list in a read-only state folder reads every highlight (run as a user who cannot write there)")
    func listInAReadOnlyFolder() throws {
        let cli = try prepared()
        defer {
            try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: cli.stateDirectory)
            cli.remove()
        }
        let before = try cli.run(["highlights", "list", "--state-dir", cli.stateDirectory])
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: cli.stateDirectory)
        // As root permissions are not checked: run as nobody then (the scratch folders are world-readable).
        var arguments = ["highlights", "list", "--state-dir", cli.stateDirectory]
        if geteuid() == 0 {
            arguments = ["--reuid=nobody", "--regid=nogroup", "--clear-groups", HearsayBinary.url.path] + arguments
        }
        let process = cli.process(arguments)
        if geteuid() == 0 { process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv") }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(stderr)")
        #expect(stdout == before.stdout)
        #expect(stdout.split(separator: "\n").count == 2)
        #expect(try FileManager.default.contentsOfDirectory(atPath: cli.stateDirectory) == ["hearsay.sqlite"])
    }
}
