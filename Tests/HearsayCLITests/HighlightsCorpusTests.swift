import Foundation
import Testing

/// Highlights on a real (invented) file loaded from disk: export with title, source and speaker,
/// then the file changes under them.
@Suite("hearsay highlights on a changing file", .enabled(if: HearsayBinary.available, Comment(rawValue: HearsayBinary.skipMessage)))
struct HighlightsCorpusTests {
    private static let transcript = """
        # 雨夜茶馆

        ## 详细对话
        林小雨: 欢迎光临！今天想喝点什么？

        Tom Baker: Green tea, please. It costs 3.5 yuan.

        _原链接:https://example.org/teahouse_

        """

    private func write(_ text: String, in cli: HighlightsCLI) throws {
        try text.write(to: cli.emptyCorpus.appendingPathComponent("teahouse.md"), atomically: true, encoding: .utf8)
    }

    private func status(_ cli: HighlightsCLI) throws -> [String] {
        let result = try cli.run(["highlights", "list", "--state-dir", cli.stateDirectory, cli.emptyCorpus.path])
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false)[3] }
            .map(String.init)
    }

    @Test("export names the article, source and speaker; an edit moves the highlight; a deletion orphans it")
    func lifeOnDisk() throws {
        let cli = try HighlightsCLI()
        defer { cli.remove() }
        try write(Self.transcript, in: cli)
        let added = try cli.run([
            "highlights", "_add", "--article", "teahouse.md", "--exact", "Green tea, please.", "--color", "2",
            "--note", "点了绿茶", "--id", "E0000000-0000-0000-0000-000000000001", "--state-dir", cli.stateDirectory,
            cli.emptyCorpus.path,
        ])
        #expect(added.status == 0, "\(added.stderr)")
        let export = try cli.run(["highlights", "export", "--with-color", "--state-dir", cli.stateDirectory, cli.emptyCorpus.path])
        #expect(
            export.stdout == """
                # Highlights

                ## 雨夜茶馆

                Source: <https://example.org/teahouse>
                Article: `teahouse.md`

                > Green tea, please.
                >
                > — Tom Baker · § 详细对话 · colour 2

                Note: 点了绿茶

                """)
        #expect(try status(cli) == ["exact"])

        // Text inserted before it, in the same turn: found again by its quote.
        try write(Self.transcript.replacingOccurrences(of: "Tom Baker: Green", with: "Tom Baker: 嗯，Green"), in: cli)
        #expect(try status(cli) == ["moved"])
        let json = try cli.run([
            "highlights", "list", "--json", "--state-dir", cli.stateDirectory,
            cli.emptyCorpus.path,
        ])
        let items = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        let start = try #require(items.first?["start"] as? [String: Int])
        let end = try #require(items.first?["end"] as? [String: Int])
        // "Tom Baker: " is 11 bytes and "嗯，" 6 more.
        #expect(start["offset"] == 17 && end["offset"] == 35)

        // The sentence deleted: orphaned, still listed and exported, marked as such.
        try write(Self.transcript.replacingOccurrences(of: "Green tea, please. ", with: ""), in: cli)
        #expect(try status(cli) == ["orphaned"])
        let orphanExport = try cli.run([
            "highlights", "export", "--with-color", "--state-dir", cli.stateDirectory,
            cli.emptyCorpus.path,
        ])
        #expect(
            orphanExport.stdout.contains(
                "> — Tom Baker · colour 2 · orphaned: this text is no longer in the article"))
    }
}
