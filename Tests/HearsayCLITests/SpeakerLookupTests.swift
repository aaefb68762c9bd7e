import Foundation
import HearsayTesting
import Testing

/// An article id or a speaker's name typed on the command line: a unique prefix is enough, and an unknown or
/// ambiguous one is an error naming the candidates of the corpus given (issue 18 items 11 and 21).
@Suite(.enabled(if: HearsayBinary.available, Comment(rawValue: HearsayBinary.skipMessage)))
struct SpeakerLookupTests {
    let folder: FixtureFolder

    init() throws {
        folder = try FixtureFolder(files: [
            "000-talk.md": """
            # 桥的访谈

            ## 对话

            Thomas Wolf: 大桥明年通车。

            Thomas Wolfe: 我写小说，不修桥。

            唐鳳: 开源让城市更透明。
            """,
            "001-news.md": """
            # 桥的新闻

            市长唐凤在发布会上表示：“大桥的预算不会超支。”记者们追问大桥的工期。
            """,
            "002-notes.md": "# 零散笔记\n\n这里没有人说话。\n",
        ])
    }

    @Test func showTakesAUniquePrefixOfAnID() throws {
        let output = try HearsayBinary.run(["show", "002", "--corpus", folder.path, "--width", "40"])
        #expect(output.status == 0)
        #expect(output.lines == ["零散笔记", "", "这里没有人说话。"])
    }

    @Test func anAmbiguousOrUnknownIDNamesIDsOfTheCorpusGiven() throws {
        let ambiguous = try HearsayBinary.run(["show", "00", "--corpus", folder.path])
        #expect(ambiguous.status == 1)
        #expect(
            ambiguous.standardError == "Error: article id '00' could be any of: 000-talk.md, 001-news.md, 002-notes.md (give more of it)\n")
        let unknown = try HearsayBinary.run(["show", "9", "--corpus", folder.path])
        #expect(unknown.status == 1)
        #expect(unknown.standardError == "Error: no file or article id '9'; ids include: 000-talk.md, 001-news.md, 002-notes.md\n")
    }

    @Test func showMatchesASpeakerByPrefixAndScript() throws {
        let output = try HearsayBinary.run(["show", "000", "--corpus", folder.path, "--speaker", "唐凤", "--width", "40"])
        #expect(output.status == 0)
        #expect(output.lines == ["唐鳳: 开源让城市更透明。"])
        let ambiguous = try HearsayBinary.run(["show", "000", "--corpus", folder.path, "--speaker", "wolf"])
        #expect(ambiguous.status == 1)
        #expect(
            ambiguous.standardError
                == "Error: speaker 'wolf' in 000-talk.md could be any of: Thomas Wolf, Thomas Wolfe (give more of the name)\n")
    }

    @Test func searchAndQuotesMatchTheSameWay() throws {
        let exact = try HearsayBinary.run(["search", "桥", folder.path, "--speaker", "thomas WOLF", "--width", "40"])
        #expect(exact.status == 0)
        #expect(exact.lines == ["桥的访谈  (000-talk.md)", "  [Thomas Wolf]          大桥明年通车。"])
        let ambiguous = try HearsayBinary.run(["search", "桥", folder.path, "--speaker", "wolf"])
        #expect(ambiguous.status == 1)
        #expect(ambiguous.standardOutput.isEmpty)
        #expect(ambiguous.standardError == "Error: speaker 'wolf' could be any of: Thomas Wolf, Thomas Wolfe (give more of the name)\n")
        let quotes = try HearsayBinary.run(["quotes", "--speaker", "唐鳳", folder.path])
        #expect(quotes.lines == ["桥的新闻  (001-news.md)", "  唐凤 (市长): “大桥的预算不会超支。”"])
        let unknown = try HearsayBinary.run(["quotes", "--speaker", "Nobody", folder.path])
        #expect(unknown.status == 1)
        #expect(unknown.standardError == "Error: no speaker 'Nobody'; speakers include: 唐鳳, Thomas Wolf, Thomas Wolfe\n")
    }
}
