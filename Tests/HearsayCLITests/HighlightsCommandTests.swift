import Foundation
import Testing

@Suite("hearsay highlights list|export", .enabled(if: HearsayBinary.available, Comment(rawValue: HearsayBinary.skipMessage)))
struct HighlightsCommandTests {
    private func add(
        _ cli: HighlightsCLI, id: String, article: String, exact: String, color: Int, note: String?,
        created: Int
    ) throws {
        var arguments = [
            "highlights", "_add", "--state-dir", cli.stateDirectory, "--article", article,
            "--exact", exact, "--color", String(color), "--id", id, "--created", String(created),
        ]
        if let note { arguments += ["--note", note] }
        let result = try cli.run(arguments)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == id + "\n")
    }

    private func prepared() throws -> HighlightsCLI {
        let cli = try HighlightsCLI()
        try add(
            cli, id: "B0000000-0000-0000-0000-000000000001", article: "notes/b.md", exact: "第二篇的句子。",
            color: 2, note: "备注\t带制表符", created: 1_700_000_100)
        try add(
            cli, id: "B0000000-0000-0000-0000-000000000002", article: "notes/a.md", exact: "First line\nsecond",
            color: 5, note: nil, created: 1_700_000_000)
        return cli
    }

    @Test("list prints one tab-separated line per highlight, control characters escaped")
    func listLines() throws {
        let cli = try prepared()
        defer { cli.remove() }
        let result = try cli.run(["highlights", "list", "--state-dir", cli.stateDirectory, cli.emptyCorpus.path])
        #expect(result.status == 0)
        #expect(
            result.stdout == """
                B0000000-0000-0000-0000-000000000002\tnotes/a.md\t5\tunchecked\tFirst line\\nsecond\t
                B0000000-0000-0000-0000-000000000001\tnotes/b.md\t2\tunchecked\t第二篇的句子。\t备注\\t带制表符

                """)
        let filtered = try cli.run([
            "highlights", "list", "--article", "notes/b.md", "--state-dir",
            cli.stateDirectory, cli.emptyCorpus.path,
        ])
        #expect(filtered.stdout.hasPrefix("B0000000-0000-0000-0000-000000000001\t"))
        #expect(filtered.stdout.split(separator: "\n").count == 1)
    }

    @Test("list --json gives every stored field")
    func listJSON() throws {
        let cli = try prepared()
        defer { cli.remove() }
        let result = try cli.run([
            "highlights", "list", "--json", "--state-dir", cli.stateDirectory,
            cli.emptyCorpus.path,
        ])
        #expect(result.status == 0)
        let items = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(
            items.map { $0["id"] as? String } == [
                "B0000000-0000-0000-0000-000000000002",
                "B0000000-0000-0000-0000-000000000001",
            ])
        #expect(items[1]["article"] as? String == "notes/b.md")
        #expect(items[1]["exact"] as? String == "第二篇的句子。")
        #expect(items[1]["note"] as? String == "备注\t带制表符")
        #expect(items[1]["color"] as? Int == 2)
        #expect(items[1]["status"] as? String == "unchecked")
        #expect(items[1]["created"] as? String == "2023-11-14T22:15:00Z")  // ISO 8601, as every JSON date
        #expect((items[1]["end"] as? [String: Int]) == ["block": 0, "offset": 21])
        #expect(items[0]["note"] == nil)
    }

    @Test("export writes Markdown to a file and W3C JSON-LD to standard output")
    func export() throws {
        let cli = try prepared()
        defer { cli.remove() }
        let output = cli.scratch.appendingPathComponent("out.md").path
        let markdown = try cli.run([
            "highlights", "export", "--format", "markdown", "--with-color", "--output", output,
            "--article", "notes/b.md", "--state-dir", cli.stateDirectory,
            cli.emptyCorpus.path,
        ])
        #expect(markdown.status == 0 && markdown.stdout.isEmpty)
        #expect(
            try String(contentsOfFile: output, encoding: .utf8) == """
                # Highlights

                ## notes/b.md

                Article: `notes/b.md` (not loaded: positions not checked)

                > 第二篇的句子。
                >
                > — colour 2

                Note: 备注\t带制表符

                """)
        let json = try cli.run([
            "highlights", "export", "--format", "json", "--state-dir", cli.stateDirectory,
            cli.emptyCorpus.path,
        ])
        #expect(json.status == 0)
        let annotations = try #require(
            try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(
            annotations.map { $0["id"] as? String } == [
                "urn:uuid:b0000000-0000-0000-0000-000000000002",
                "urn:uuid:b0000000-0000-0000-0000-000000000001",
            ])
        #expect(annotations.allSatisfy { $0["@context"] as? String == "http://www.w3.org/ns/anno.jsonld" })
        let target = try #require(annotations[1]["target"] as? [String: Any])
        #expect(target["source"] as? String == "urn:hearsay:article:notes/b.md")
        #expect(target["styleClass"] as? String == "hearsay-colour-2")
        #expect((annotations[1]["body"] as? [String: String])?["value"] == "备注\t带制表符")
    }

    @Test("an unusable state folder is a clear error with exit status 1")
    func unusableStateFolder() throws {
        let cli = try HighlightsCLI()
        defer { cli.remove() }
        let blocker = cli.scratch.appendingPathComponent("file")
        try Data().write(to: blocker)
        let result = try cli.run(["highlights", "list", "--state-dir", blocker.path, cli.emptyCorpus.path])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("Error: could not read: cannot open the state database (\(blocker.path)/hearsay.sqlite"))
    }

    @Test("without --state-dir the database goes to $XDG_DATA_HOME/hearsay")
    func defaultLocation() throws {
        let cli = try HighlightsCLI()
        defer { cli.remove() }
        let result = try cli.run(["highlights", "_add", "--article", "x.md", "--exact", "字"])
        #expect(result.status == 0)
        #expect(
            FileManager.default.fileExists(
                atPath: cli.scratch.appendingPathComponent("xdg/hearsay/hearsay.sqlite").path))
    }
}
