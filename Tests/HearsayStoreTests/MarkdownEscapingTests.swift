import Foundation
import HearsayModel
import Testing

@testable import HearsayStore

/// The Markdown export reads as the text it quotes: nothing in an article or a note becomes
/// emphasis, a link, HTML, a heading, a list or code (issue 17, item 1).
struct MarkdownEscapingTests {
    @Test func inlinePunctuationIsEscaped() {
        #expect(
            MarkdownExportEscaping.line("**粗** _斜_ [链](javascript:x) <b>&amp; `code` ~~删~~ a|b #3 !")
                == "\\*\\*粗\\*\\* \\_斜\\_ \\[链\\](javascript:x) \\<b\\>\\&amp; \\`code\\` \\~\\~删\\~\\~ a\\|b \\#3 \\!")
        #expect(MarkdownExportEscaping.line("中文，标点。“引号”") == "中文，标点。“引号”")
    }

    @Test func whatWouldStartABlockIsMadeLiteral() {
        #expect(MarkdownExportEscaping.line("- 列表") == "\\- 列表")
        #expect(MarkdownExportEscaping.line("+ 列表") == "\\+ 列表")
        #expect(MarkdownExportEscaping.line("===") == "\\===")
        #expect(MarkdownExportEscaping.line("1986. 那年") == "1986\\. 那年")
        #expect(MarkdownExportEscaping.line("3) 第三") == "3\\) 第三")
        #expect(MarkdownExportEscaping.line("    缩进的代码") == "缩进的代码")
        #expect(MarkdownExportEscaping.line("a - b 1. c") == "a - b 1. c")
    }

    @Test func lineBreaksInsideAFieldBecomeSpaces() {
        #expect(MarkdownExportEscaping.field("标题\n# 伪造\r\n- 列表") == "标题 \\# 伪造 - 列表")
    }

    @Test func codeSpansOutgrowTheBackticksInside() {
        #expect(MarkdownExportEscaping.codeSpan("notes/a.md") == "`notes/a.md`")
        #expect(MarkdownExportEscaping.codeSpan("a``b") == "```a``b```")
        #expect(MarkdownExportEscaping.codeSpan("`x") == "`` `x ``")
    }

    @Test func urlsStayOneAutolink() {
        #expect(
            MarkdownExportEscaping.autolink("https://example.com/a b<c>\u{1B}]8;;x\u{07}")
                == "<https://example.com/a%20b%3Cc%3E%1B]8;;x%07>")
    }

    @Test func theExportEscapesTitleTextSpeakerAndNote() throws {
        let highlight = Highlight(
            id: UUID(uuidString: "A0000000-0000-0000-0000-000000000001")!, articleID: "x`y.md",
            anchor: TextAnchor(
                exact: "**假粗体**\n- 假列表", prefix: "", suffix: "",
                start: TextPosition(block: 0, offset: 0), end: TextPosition(block: 0, offset: 10), textHash: ""),
            color: 2, note: "[点我](http://evil)\n## 假标题", created: Date(timeIntervalSince1970: 0),
            details: HighlightDetails(articleTitle: "标题 <script>", sourceURL: "https://example.com/a b", speaker: "*某人*", codePoints: nil))
        #expect(
            HighlightExport(highlights: [highlight], articles: []).markdown(withColor: true) == """
                # Highlights

                ## 标题 \\<script\\>

                Source: <https://example.com/a%20b>
                Article: ``x`y.md`` (not loaded: positions not checked)

                > \\*\\*假粗体\\*\\*
                > \\- 假列表
                >
                > — \\*某人\\* · colour 2

                Note: \\[点我\\](http://evil)
                      \\#\\# 假标题

                """)
    }
}
