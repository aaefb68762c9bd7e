import Foundation
import HearsayTesting
import Testing

/// `Andrulis` in one file and `Jonas Andrulis` in another are one speaker for `speakers`, `search --speaker` and
/// `show --speaker`, and someone only quoted in prose has their quotations shown (issue 15).
@Suite(.enabled(if: HearsayBinary.available, Comment(rawValue: HearsayBinary.skipMessage)))
struct SurnameIdentityCLITests {
    let folder: FixtureFolder

    init() throws {
        folder = try FixtureFolder(files: [
            "a-interview.md": """
            # Talking to the founder

            ## Transcript

            Jonas Andrulis: We build models for European companies.

            Mia Li: How many people work there?

            Jonas Andrulis: About two hundred.
            """,
            "b-news.md": """
            # Funding round closes

            "The money goes into research," Andrulis said. "We will hire in Heidelberg."

            Analysts were less sure. "It is a crowded market," Li said.
            """,
            "c-panel.md": "# Panel\n\n## Transcript\n\nBo Li: Hello.\n",
        ])
    }

    @Test func speakersCountsThePersonOnce() throws {
        let output = try HearsayBinary.run(["speakers", folder.path])
        #expect(output.status == 0)
        #expect(
            output.lines == [
                "SPEAKER         TURNS  QUOTES  ARTICLES",
                "Jonas Andrulis      2       2  a-interview.md (2), b-news.md (2)",
                "Bo Li               1       0  c-panel.md (1)",
                "Li                  0       1  b-news.md (1)",
                "Mia Li              1       0  a-interview.md (1)",
            ])
    }

    @Test func searchBySurnameAloneListsTurnsAndQuotations() throws {
        let output = try HearsayBinary.run(["search", "--speaker", "andrulis", folder.path, "--width", "60"])
        #expect(output.status == 0)
        #expect(
            output.lines == [
                "Talking to the founder  (a-interview.md)",
                "  [Jonas Andrulis]  We build models for European companies.",
                "  [Jonas Andrulis]            About two hundred.",
                "",
                "Funding round closes  (b-news.md)",
                "  [Andrulis]         \"The money goes into research,\" Andrul…",
                "  [Andrulis] …s said. \"We will hire in Heidelberg.\"",
            ])
    }

    @Test func showPrintsTheQuotationsOfSomeoneOnlyQuoted() throws {
        let output = try HearsayBinary.run([
            "show", "b-news", "--corpus", folder.path, "--dialogue", "--speaker", "andrulis", "--width", "30",
        ])
        #expect(output.status == 0)
        #expect(output.standardError.isEmpty)
        #expect(
            output.lines == [
                "Andrulis: “The money goes into", "  research,”", "", "Andrulis: “We will hire in", "  Heidelberg.”",
            ])
    }
}
