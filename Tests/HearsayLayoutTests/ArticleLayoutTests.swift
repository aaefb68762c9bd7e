import HearsayLayout
import HearsayModel
import HearsayText
import Testing

struct ArticleLayoutTests {
    static func text(of layout: ArticleLayout) -> [String] {
        (0..<layout.lineCount).map { TextRendering.plain(layout.line($0)) }
    }

    @Test func wholeArticleAtWidth40() {
        let layout = ArticleLayout(article: SampleArticles.transcript, width: 40)
        #expect(
            Self.text(of: layout) == [
                "测试标题：AI峰会",
                "2025-02-12 · 示例",
                "https://example.org/v",
                "",
                "  这是导语，介绍本期节目。",
                "",
                "亮点",
                "• 第一个要点很长需要换行。",
                "• 第二个要点。",
                "",
                "第一节",
                "正文有加粗文字和链接。",
                "",
                "[图片: 示意图]",
                "",
                "详细对话",
                "Ann Lee: 你好，欢迎来到节目。",
                "",
                "         这是第二段。",
                "",
                "王小明：谢谢邀请，很高兴来到这里。",
            ])
    }

    @Test func wholeArticleAtWidth20WithHangingIndents() {
        let layout = ArticleLayout(article: SampleArticles.transcript, width: 20)
        #expect(
            Self.text(of: layout) == [
                "测试标题：AI峰会",
                "2025-02-12 · 示例",
                "https://example.org/",  // a URL wider than the line: cut as a last resort
                "v",
                "",
                "  这是导语，介绍本期",
                "  节目。",
                "",
                "亮点",
                "• 第一个要点很长需要",
                "  换行。",  // hangs under the text, not the bullet
                "• 第二个要点。",
                "",
                "第一节",
                "正文有加粗文字和链",  // not "…链接" + "。": no line starts with 。
                "接。",
                "",
                "[图片: 示意图]",
                "",
                "详细对话",
                "Ann Lee: 你好，欢迎",
                "  来到节目。",  // `Ann Lee: ` is more than a third of 20 columns: indent 2
                "",
                "  这是第二段。",
                "",
                "王小明：谢谢邀请，很",
                "  高兴来到这里。",
            ])
    }

    @Test func turnContinuationLinesLineUpUnderTheWords() {
        let layout = ArticleLayout(article: SampleArticles.transcript, width: 30)
        let lines = Self.text(of: ArticleLayout(article: SampleArticles.transcript, width: 30, mode: .dialogue(speakers: [0])))
        #expect(lines == ["Ann Lee: 你好，欢迎来到节目。", "", "         这是第二段。"])
        #expect(layout.line(layout.turnLines[0]!).runs.first?.style.role == .speaker(0))
    }

    @Test func stylesFollowTheBlockKindsAndInlineSpans() {
        let layout = ArticleLayout(article: SampleArticles.transcript, width: 40)
        #expect(layout.line(0).runs.map(\.style) == [TextStyle(role: .title, emphasis: .bold)])
        #expect(layout.line(1).runs.map(\.style.role) == [.metadata])
        #expect(layout.line(4).runs.map(\.style.role) == [.lede])
        #expect(layout.line(6).runs.map(\.style) == [TextStyle(role: .heading, emphasis: .bold)])
        #expect(layout.line(7).runs.map(\.text) == ["• ", "第一个要点很长需要换行。"])
        #expect(layout.line(7).runs.map(\.style.role) == [.keyPoint, .keyPoint])
        #expect(layout.line(7).runs[0].source.isEmpty)  // the bullet is decoration
        let paragraph = layout.line(11).runs
        #expect(paragraph.map(\.text) == ["正文有", "加粗", "文字和", "链接", "。"])
        #expect(
            paragraph.map(\.style) == [
                .body, TextStyle(emphasis: .bold), .body, TextStyle(role: .link, emphasis: .underline), .body,
            ])
        #expect(paragraph.map(\.source) == [0..<9, 9..<15, 15..<24, 24..<30, 30..<33])
        #expect(layout.line(13).runs.map(\.style.role) == [.image])
        #expect(layout.line(16).runs.map(\.text) == ["Ann Lee", ": 你好，欢迎来到节目。"])
        #expect(layout.line(16).runs.map(\.style) == [TextStyle(role: .speaker(0), emphasis: .bold), .body])
        #expect(layout.line(20).runs.first?.style.role == .speaker(1))
    }

    @Test func linesKnowTheirBlockAndTurn() {
        let layout = ArticleLayout(article: SampleArticles.transcript, width: 40)
        #expect(
            (0..<layout.lineCount).map { layout.line($0).block } == [
                nil, nil, nil, nil, 0, nil, 1, 2, 3, nil, 4, 5, nil, 6, nil, 7, 8, nil, 9, nil, 10,
            ])
        #expect(layout.line(16).turn == 0)
        #expect(layout.line(18).turn == 0)
        #expect(layout.line(20).turn == 1)
        #expect(layout.line(11).turn == nil)
    }

    @Test func dialogueModeShowsOnlyTurns() {
        let layout = ArticleLayout(article: SampleArticles.transcript, width: 40, mode: .dialogue(speakers: nil))
        #expect(
            Self.text(of: layout) == [
                "Ann Lee: 你好，欢迎来到节目。",
                "",
                "         这是第二段。",
                "",
                "王小明：谢谢邀请，很高兴来到这里。",
            ])
        #expect(layout.turnLines == [0, 4])
        #expect(layout.sectionLines == [nil, nil])
    }

    @Test func speakerFilterKeepsThoseSpeakers() {
        let layout = ArticleLayout(article: SampleArticles.transcript, width: 40, mode: .dialogue(speakers: [1]))
        #expect(Self.text(of: layout) == ["王小明：谢谢邀请，很高兴来到这里。"])
        #expect(layout.turnLines == [nil, 0])
        let nobody = ArticleLayout(article: SampleArticles.transcript, width: 40, mode: .dialogue(speakers: []))
        #expect(nobody.lineCount == 0)
        #expect(nobody.lineIndex(containing: TextPosition(block: 8, offset: 0)) == 0)
    }

    @Test func sectionAndTurnLinesForJumps() {
        let layout = ArticleLayout(article: SampleArticles.transcript, width: 20)
        #expect(layout.sectionLines == [13, 19])
        #expect(layout.turnLines == [20, 25])
    }

    @Test func positionsAndLineIndicesRoundTrip() {
        for width in [12, 20, 33, 40, 80] {
            for mode in [LayoutMode.article, .dialogue(speakers: nil), .dialogue(speakers: [0])] {
                let layout = ArticleLayout(article: SampleArticles.transcript, width: width, mode: mode)
                for index in 0..<layout.lineCount {
                    guard let position = layout.position(atLine: index) else {
                        #expect(layout.line(index).block == nil)
                        continue
                    }
                    #expect(layout.lineIndex(containing: position) == index, "width \(width) line \(index)")
                }
            }
        }
    }

    @Test func aPositionInsideALineFindsThatLine() {
        let layout = ArticleLayout(article: SampleArticles.transcript, width: 20)
        #expect(layout.position(atLine: 10) == TextPosition(block: 2, offset: 27))
        #expect(layout.lineIndex(containing: TextPosition(block: 2, offset: 30)) == 10)
        #expect(layout.lineIndex(containing: TextPosition(block: 2, offset: 3)) == 9)
        // A block the dialogue mode does not show maps to the next line shown.
        // Positions outside the article clamp to its ends.
        #expect(layout.lineIndex(containing: TextPosition(block: 99, offset: 0)) == layout.lineCount - 1)
        #expect(layout.lineIndex(containing: TextPosition(block: -99, offset: 0)) == 5)  // the lede
        #expect(layout.lineIndex(containing: TextPosition(block: 2, offset: 9_999)) == 10)
        let dialogue = ArticleLayout(article: SampleArticles.transcript, width: 40, mode: .dialogue(speakers: nil))
        #expect(dialogue.lineIndex(containing: TextPosition(block: 5, offset: 4)) == 0)
        #expect(dialogue.lineIndex(containing: TextPosition(block: 9, offset: 0)) == 2)
    }

    @Test func readingPositionsSkipBlankAndDecorationLines() {
        let layout = ArticleLayout(article: SampleArticles.transcript, width: 40)
        #expect(layout.position(nearLine: 0) == TextPosition(block: 0, offset: 0))  // title → lede
        #expect(layout.position(nearLine: 5) == TextPosition(block: 1, offset: 0))  // blank → 亮点
        #expect(layout.position(nearLine: 16) == TextPosition(block: 8, offset: 0))
        #expect(layout.position(nearLine: 500) == TextPosition(block: 10, offset: 0))  // past the end → last line
        let empty = ArticleLayout(article: SampleArticles.transcript, width: 40, mode: .dialogue(speakers: []))
        #expect(empty.position(nearLine: 0) == nil)
    }

    @Test func noLineIsWiderThanTheWidth() {
        for width in 8...60 {
            let layout = ArticleLayout(article: SampleArticles.transcript, width: width)
            for index in 0..<layout.lineCount {
                #expect(layout.line(index).width <= width, "width \(width) line \(index)")
            }
        }
    }

    @Test func aHugeParagraphIsLaidOutOnlyAsFarAsAsked() {
        let article = SampleArticles.longParagraph(repeating: 3000)  // about 300 KB
        let layout = ArticleLayout(article: article, width: 80)
        let screen = layout.lines(in: 0..<50)
        #expect(screen.count == 50)
        #expect(layout.laidOutLineCount < 200)
        #expect(!layout.isComplete)
        let total = layout.lineCount
        #expect(layout.isComplete)
        #expect(total > 2000)
        #expect(layout.line(total - 1).block == 0)
        let middle = TextPosition(block: 0, offset: 150_000)
        let index = layout.lineIndex(containing: middle)
        #expect(layout.line(index).source!.contains(150_000))
    }

    @Test func laterLinesMatchAFullLayout() {
        let article = SampleArticles.longParagraph(repeating: 400)
        let lazy = ArticleLayout(article: article, width: 57)
        let eager = ArticleLayout(article: article, width: 57)
        let count = eager.lineCount
        #expect(lazy.lines(in: 0..<count + 5) == eager.lines(in: 0..<count))
    }

    @Test func aResizedLayoutEqualsAFreshOne() {
        let articles = [SampleArticles.transcript, SampleArticles.longParagraph(repeating: 300)]
        for article in articles {
            let original = ArticleLayout(article: article, width: 80)
            _ = original.lineCount
            for width in [7, 20, 33, 79, 120] {
                for mode in [LayoutMode.article, .dialogue(speakers: nil)] {
                    let resized = original.resized(to: width, mode: mode)
                    let fresh = ArticleLayout(article: article, width: width, mode: mode)
                    #expect(resized.lines(in: 0..<fresh.lineCount + 1) == fresh.lines(in: 0..<fresh.lineCount), "width \(width)")
                    #expect(resized.width == width && resized.mode == mode)
                }
            }
        }
        // Resizing a layout that is only partly wrapped reuses what it has and scans the rest.
        let partial = ArticleLayout(article: SampleArticles.transcript, width: 40)
        _ = partial.lines(in: 0..<8)
        let fresh = ArticleLayout(article: SampleArticles.transcript, width: 25)
        #expect(partial.resized(to: 25).lines(in: 0..<100) == fresh.lines(in: 0..<100))
    }

    @Test func theCacheReusesLayoutsPerArticleWidthAndMode() {
        let cache = LayoutCache(capacity: 2)
        let first = cache.layout(for: SampleArticles.transcript, width: 40)
        #expect(cache.layout(for: SampleArticles.transcript, width: 40) === first)
        #expect(cache.layout(for: SampleArticles.transcript, width: 41) !== first)
        #expect(cache.layout(for: SampleArticles.transcript, width: 40, mode: .dialogue(speakers: nil)) !== first)
        #expect(cache.layout(for: SampleArticles.transcript, width: 40) !== first)  // evicted (capacity 2)
        var edited = SampleArticles.transcript
        edited.title = "另一个标题"
        let current = cache.layout(for: SampleArticles.transcript, width: 40)
        #expect(cache.layout(for: edited, width: 40) !== current)
    }
}
