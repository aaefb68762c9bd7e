import Foundation
import HearsayTesting
import Testing

/// `hearsay show`: exact lines for articles of the embedded sample corpus (our own text).
@Suite(.enabled(if: HearsayBinary.available, Comment(rawValue: HearsayBinary.skipMessage)))
struct ShowCommandTests {
    @Test func oneSpeakersTurnsWrapWithHangingIndent() throws {
        let output = try HearsayBinary.run(["show", "--width", "30", "--speaker", "Emma Clarke", "night-market-podcast.md"])
        #expect(output.status == 0)
        #expect(
            output.lines == [
                "[00:00:30] Emma Clarke: I",
                "  agree! 我第一次来，就被这里",
                "  的声音和味道吸引了。",
                "",
                "[00:03:50] Emma Clarke: 这让我",
                "  想起伦敦的街头市场，它们也面",
                "  临同样的问题。",
            ])
    }

    /// A role is its article's own speaker (`主持人@ocean-lab-interview.md`), found by the name as written.
    @Test func aRoleIsChosenByItsLabel() throws {
        let output = try HearsayBinary.run(["show", "--width", "30", "--speaker", "主持人", "ocean-lab-interview.md"])
        #expect(output.status == 0)
        #expect(
            output.lines == [
                "主持人：吴老师，先说说这次下潜",
                "        最让您紧张的时刻吧。",
                "",
                "主持人：Hannah，您在下潜中看到",
                "        了什么？",
                "",
                "主持人：这些数据会公开吗？",
                "",
                "主持人：谢谢两位。",
            ])
    }

    @Test func articleOpensWithTitleSourceAndLede() throws {
        let output = try HearsayBinary.run(["show", "--width", "24", "ocean-lab-interview.md"])
        #expect(output.status == 0)
        // No line starts with closing punctuation; the source URL, wider than the line, is cut.
        #expect(
            Array(output.lines.prefix(7)) == [
                "深海实验室：一次七千米下",
                "潜的幕后",
                "https://example.org/ocea",
                "n/log-2024-05",
                "",
                "时间：2024年5月 地点：南",
                "海科考船“远望七号”",
            ])
        // Piped output is plain: no escape sequences.
        #expect(!output.standardOutput.contains("\u{1B}"))
    }

    @Test func dialogueOfAnArticleWithoutTurnsSaysSo() throws {
        let output = try HearsayBinary.run(["show", "--width", "30", "--dialogue", "river-city-budget.md"])
        #expect(output.status == 0)
        #expect(output.standardOutput.isEmpty)
        #expect(output.standardError == "river-city-budget.md: no dialogue turns to show\n")
    }

    @Test func unknownArticleIsAnErrorNamingTheIDs() throws {
        let output = try HearsayBinary.run(["show", "nope.md"])
        #expect(output.status == 1)
        #expect(output.standardOutput.isEmpty)
        #expect(output.standardError.hasPrefix("Error: no file or article id 'nope.md'; ids include: chip-roundtable.md, "))
    }

    @Test func aFileGivenByPathIsShown() throws {
        let folder = try FixtureFolder(files: ["a.md": "# 标题\n\n第一段，很短。\n"])
        let output = try HearsayBinary.run(["show", "--width", "20", folder.path + "/a.md"])
        #expect(output.status == 0)
        #expect(output.lines == ["标题", "", "第一段，很短。"])
    }

    /// `--color always` styles even a pipe, in the theme's colours; `never` and a pipe stay plain.
    @Test func colorFollowsTheColorOption() throws {
        let arguments = ["show", "--width", "30", "--speaker", "Emma Clarke", "night-market-podcast.md"]
        let always = try HearsayBinary.run(arguments + ["--color", "always"])
        #expect(always.status == 0)
        #expect(always.standardOutput.contains("\u{1B}["))
        // The same words, only styled.
        let unstyled = always.standardOutput.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
        let never = try HearsayBinary.run(arguments + ["--color", "never"])
        #expect(unstyled == never.standardOutput)
        #expect(!never.standardOutput.contains("\u{1B}"))
    }

    /// Another theme, other colours: the theme reaches `show`.
    @Test func theThemeReachesShow() throws {
        let arguments = ["show", "--width", "30", "--color", "always", "ocean-lab-interview.md"]
        let standard = try HearsayBinary.run(arguments)
        let light = try HearsayBinary.run(arguments + ["--theme", "light"])
        #expect(standard.status == 0 && light.status == 0)
        #expect(standard.standardOutput != light.standardOutput)
        let unknown = try HearsayBinary.run(arguments + ["--theme", "no-such-theme"])
        #expect(unknown.status == 0)
        #expect(unknown.standardError.hasPrefix("hearsay: theme: "))
        #expect(unknown.standardOutput == standard.standardOutput, "the default theme instead")
    }
}
