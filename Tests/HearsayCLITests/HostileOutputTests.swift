import Foundation
import HearsayTesting
import Testing

/// Issue 17, item 1: escape sequences and other controls from files and file names never reach the
/// terminal, on any command, on stdout or stderr. Every field of the fixtures and several file
/// names carry payloads; every byte every command prints is scanned.
@Suite(.enabled(if: HearsayBinary.available, Comment(rawValue: HearsayBinary.skipMessage)))
struct HostileOutputTests {
    static let esc = "\u{1B}"
    /// OSC 52 (clipboard), OSC 2 (window title), clear screen: what the review sent.
    static let payload = "\u{1B}]52;c;SEFDS0VE\u{07}\u{1B}]2;PWNED\u{07}\u{1B}[2J"

    /// Written by the test: front matter with YAML escapes (`\e` is a real ESC once parsed), a body
    /// with raw controls, a transcript with controls in speaker names, and hostile file names.
    static var files: [String: String] {
        [
            "front.md": """
            ---
            title: "新闻\\e]52;c;SEFDS0VE\\a\\e]2;PWNED\\a\\e[2J"
            date: "2024-03-05\\e[31m"
            summary: "摘要\\x9b2J\\x7f"
            tags: ["\\u202e反转", "标签\\x90q"]
            ---

            > 导语\(esc)[5m闪烁

            ## 小节\u{07}标题

            正文\u{08}\u{08}第一段\u{2066}隔离\u{2069}，[链接\(esc)]8;;http://evil\u{07}](http://example.com/\(esc)[2J)。

            [来源](https://example.com/\(esc)]8;;evil\u{07})
            """,
            "talk.md": """
            # 访谈\(payload)

            ## 详细对话

            主持人\(esc)[31m: 你好\u{9B}2J，欢迎。

            嘉宾\u{202E}: 你好，谢谢\u{7F}邀请。

            **记者\u{90}**: 还有问题\r吗？
            """,
            "evil\(esc)]2;PWNED\u{07}.md": "# 名字\n\n你好，文件名。\n",
            // A quotation whose words and speaker carry controls (`hearsay quotes`).
            "quote.md": "# 引语\n\n“我们会加快\(payload)投资。”王\u{9B}立在会上表示。\n",
            "bidi\u{202E}dm.txt": "# 反转名\n\n你好，反转。\n",
            "c1\u{9B}31m.md": "# 控制\n\n你好，控制。\n",
            // A newline in a name must not forge a line of its own in diagnostics.
            "forged\nfake.md:1: error: forged\(esc)[2J.md": "---\ntitle: 没有结尾\n\n你好。\n",
            "broken\(esc)[2J.md": "---\ntitle: [不完整\n---\n\n你好，坏的。\n",
        ]
    }

    static func scan(_ output: HostileRun.Output) {
        let command = output.arguments.prefix(3).joined(separator: " ")
        #expect(HostileRun.unsafeScalars(in: output.standardOutput) == [], "stdout of \(command)")
        #expect(HostileRun.unsafeScalars(in: output.standardError) == [], "stderr of \(command)")
    }

    @Test func noCommandPrintsAControlFromAFileOrAFileName() throws {
        let folder = try FixtureFolder(files: Self.files)
        let corpus = folder.path + "/corpus"
        try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name != "corpus" {
            try FileManager.default.moveItem(atPath: folder.path + "/" + name, toPath: corpus + "/" + name)
        }
        let runner = HostileRun(scratch: folder.path)
        let state = ["--state-dir", folder.path + "/state"]
        var outputs: [HostileRun.Output] = []
        for arguments in [
            ["list", corpus], ["list", "--json", corpus], ["speakers", corpus], ["speakers", "--json", corpus],
            ["check", corpus], ["search", "你好", corpus], ["search", "--json", "你好", corpus], ["search", "新闻", corpus],
            ["show", "no-such\(Self.esc)[2J", "--corpus", corpus], ["show", "talk.md", "--corpus", corpus, "--speaker", "无名"],
            ["quotes", "--all", corpus], ["quotes", "--all", "--json", corpus],
        ] {
            outputs.append(try runner.run(arguments))
        }
        for name in try FileManager.default.contentsOfDirectory(atPath: corpus) {
            outputs.append(try runner.run(["show", corpus + "/" + name, "--width", "30"]))
            outputs.append(try runner.run(["show", name, "--corpus", corpus, "--dialogue", "--width", "30"]))
        }
        for (article, exact) in [("front.md", "第一段"), ("talk.md", "欢迎"), ("evil\(Self.esc)]2;PWNED\u{07}.md", "文件名")] {
            let added = try runner.run(
                [
                    "highlights", "_add", "--article", article, "--exact", exact,
                    "--note", "笔记\(Self.payload)\n# 标题", corpus,
                ] + state)
            #expect(added.status == 0, "\(added.stderr)")
        }
        let exported = folder.path + "/export.md"
        for arguments in [
            ["highlights", "list"], ["highlights", "list", "--json"], ["highlights", "export", "--format", "markdown"],
            ["highlights", "export", "--format", "json"], ["highlights", "export", "--output", exported],
        ] {
            outputs.append(try runner.run(arguments + state + [corpus]))
        }
        for output in outputs { Self.scan(output) }
        #expect(HostileRun.unsafeScalars(in: try Data(contentsOf: URL(fileURLWithPath: exported))) == [])

        // The payloads are shown, as stand-ins; a name with a newline never starts a line.
        let check = outputs[4]
        #expect(check.lines.filter { !$0.hasPrefix(corpus + "/") } == ["8 articles; 2 errors, 0 warnings"])
        #expect(
            check.lines.contains(
                "\(corpus)/forged fake.md:1: error: forged␛[2J.md:1: error: front matter starting here is never closed by a `---` line; read as text"
            ))
        #expect(outputs[0].errorLines.count == 2 && outputs[0].errorLines.allSatisfy { $0.hasPrefix("hearsay: \(corpus)/") })
        #expect(outputs[0].lines.contains { $0.contains("新闻␛]52;c;SEFDS0VE␇␛]2;PWNED␇␛[2J") })
        #expect(outputs[2].lines.contains { $0.hasPrefix("嘉宾\u{FFFD}") })
        #expect(outputs[8].stderr.hasPrefix("Error: no file or article id 'no-such␛[2J'; ids include: bidi\u{FFFD}dm.txt"))

        // JSON stays valid and says the same: the payload comes back whole once decoded.
        for index in [1, 3, 6, outputs.count - 4, outputs.count - 2] {
            #expect(throws: Never.self, "\(outputs[index].arguments)") {
                try JSONSerialization.jsonObject(with: outputs[index].standardOutput)
            }
        }
        let listed = try #require(try JSONSerialization.jsonObject(with: outputs[1].standardOutput) as? [[String: Any]])
        #expect(listed.contains { $0["title"] as? String == "新闻" + Self.payload })

        // Markdown reads the text as text: its own punctuation escaped, the URL percent-encoded.
        let markdown = outputs[outputs.count - 3].lines
        #expect(markdown.contains("## 新闻␛\\]52;c;SEFDS0VE␇␛\\]2;PWNED␇␛\\[2J"))
        #expect(markdown.contains("Source: <https://example.com/%1B]8;;evil%07>"))
        #expect(markdown.contains("Note: 笔记␛\\]52;c;SEFDS0VE␇␛\\]2;PWNED␇␛\\[2J"))
        #expect(markdown.contains("      \\# 标题"))
    }

    @Test func themesWithHostileNamesAndTextArePrintedSafely() throws {
        let folder = try FixtureFolder(files: [
            "config/hearsay/themes/evil\(Self.esc)]2;PWNED\u{07}.toml":
                "name = \"evil\\u001B]2;PWNED\\u0007\"\ndescription = \"Dusk\\u001B[2J\\u202E\\u009B\"\n",
            "config/hearsay/themes/broken\u{9B}.toml": "name = \"broken\"\n[title]\nfg = \"#12\\u001B[2J\"\n",
        ])
        let runner = HostileRun(scratch: folder.path)
        let themes = folder.path + "/config/hearsay/themes/"
        let outputs = [
            try runner.run(["themes"]), try runner.run(["themes", "--json"]),
            try runner.run(["themes", "--check", themes + "evil\(Self.esc)]2;PWNED\u{07}.toml"]),
            try runner.run(["themes", "--check", themes + "broken\u{9B}.toml"]),
        ]
        for output in outputs { Self.scan(output) }
        #expect(outputs[0].lines.contains { $0.contains("evil␛]2;PWNED␇.toml  Dusk␛[2J\u{FFFD}\u{FFFD}") })
        #expect(outputs[3].status == 1)
        #expect(throws: Never.self) { try JSONSerialization.jsonObject(with: outputs[1].standardOutput) }
    }
}
