import Foundation
import Testing

/// Scripting `highlights` (issue 18 item 23): `--json` beside `--format json`, filters by colour, speaker and day,
/// a Markdown export with the article's date and section and no colour unless asked, errors that say what failed.
@Suite(.enabled(if: HearsayBinary.available, Comment(rawValue: HearsayBinary.skipMessage)))
struct HighlightsScriptingTests {
    let cli: HighlightsCLI
    let corpus: String

    init() throws {
        cli = try HighlightsCLI()
        corpus = cli.scratch.appendingPathComponent("talk.md").path
        try Data(
            """
            ---
            title: 雨夜茶馆
            date: 2024-05-01
            ---

            ## 开场

            林小雨: 欢迎光临！今天想喝点什么？

            Tom Baker: Green tea, please.

            林小雨: 还要点心吗？

            ## 结尾

            林小雨: 请慢用。

            Tom Baker: 谢谢。
            """.utf8
        ).write(to: URL(fileURLWithPath: corpus))
        // 2023-11-14, 2023-11-15 and 2023-11-16 (UTC).
        for (exact, color, created) in [("欢迎光临", 1, 1_699_999_000), ("Green tea", 2, 1_700_085_400), ("请慢用", 1, 1_700_171_800)] {
            let added = try cli.run(
                [
                    "highlights", "_add", "--state-dir", cli.stateDirectory, "--article", "talk.md", "--exact", exact,
                    "--color", String(color), "--created", String(created), corpus,
                ])
            #expect(added.status == 0, "\(added.stderr)")
        }
    }

    func export(_ options: [String]) throws -> HighlightsCLI.Result {
        try cli.run(["highlights", "export", "--state-dir", cli.stateDirectory, corpus] + options)
    }

    @Test func markdownHasTheDateAndSectionsAndNoColourUnlessAsked() throws {
        let plain = try export([])
        #expect(plain.status == 0)
        #expect(
            plain.stdout == """
                # Highlights

                ## 雨夜茶馆

                Date: 2024-05-01
                Article: `talk.md`

                > 欢迎光临
                >
                > — 林小雨 · § 开场

                > Green tea
                >
                > — Tom Baker · § 开场

                > 请慢用
                >
                > — 林小雨 · § 结尾

                """)
        let colored = try export(["--with-color", "--color", "2"])
        #expect(colored.stdout.hasSuffix("> Green tea\n>\n> — Tom Baker · § 开场 · colour 2\n"))
    }

    @Test func filtersByColourSpeakerAndDay() throws {
        func exacts(_ options: [String]) throws -> [String] {
            let output = try export(["--json"] + options)
            #expect(output.status == 0, "\(output.stderr)")
            let annotations = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [[String: Any]])
            return annotations.compactMap { annotation in
                let target = annotation["target"] as? [String: Any]
                let selectors = target?["selector"] as? [[String: Any]]
                return selectors?.first?["exact"] as? String
            }
        }
        #expect(try exacts([]) == ["欢迎光临", "Green tea", "请慢用"])
        #expect(try exacts(["--color", "1"]) == ["欢迎光临", "请慢用"])
        #expect(try exacts(["--speaker", "tom"]) == ["Green tea"])
        #expect(try exacts(["--since", "2023-11-15"]) == ["Green tea", "请慢用"])
        #expect(try exacts(["--until", "2023-11-15"]) == ["欢迎光临", "Green tea"])
        #expect(try exacts(["--since", "2023-11-15", "--until", "2023-11-15", "--color", "2", "--speaker", "Tom Baker"]) == ["Green tea"])
        // --json is --format json.
        #expect(try export(["--json"]).stdout == export(["--format", "json"]).stdout)
        let unknown = try export(["--speaker", "Nobody"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr == "Error: no speaker 'Nobody'; speakers include: Tom Baker, 林小雨\n")
    }

    @Test func listJSONDatesAreISO8601() throws {
        let output = try cli.run(["highlights", "list", "--json", "--state-dir", cli.stateDirectory, corpus])
        let items = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [[String: Any]])
        #expect(items.map { $0["created"] as? String } == ["2023-11-14T21:56:40Z", "2023-11-15T21:56:40Z", "2023-11-16T21:56:40Z"])
    }

    @Test func errorsSayWhatFailed() throws {
        let none = try export(["--article", "nope.md"])
        #expect(none.status == 1)
        #expect(none.stdout.isEmpty)
        #expect(none.stderr == "hearsay: no highlights in article 'nope.md'\n")
        let missing = cli.scratch.appendingPathComponent("no-such-folder").path
        let output = try export(["--output", missing + "/out.md"])
        #expect(output.status == 1)
        #expect(output.stderr == "Error: cannot write \(missing)/out.md: no folder \(missing)\n")
        let help = try cli.run(["help", "nosuch"])
        #expect(help.status == 64)
        #expect(help.stdout.isEmpty)
        #expect(help.stderr == "Error: no command 'nosuch'; see 'hearsay --help' for the commands\n")
        #expect(try cli.run(["help", "highlights", "export"]).status == 0)
    }
}
