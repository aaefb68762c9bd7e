import Testing

@testable import HearsayText

struct LineWrapperTests {
    let wrapper = LineWrapper()
    static let bold = TextStyle(emphasis: .bold)
    static let link = TextStyle(role: .link)

    @Test func runsKeepStylesAndSourceOffsets() {
        // "AI峰会" bold, "巴黎" a link; 峰 and 会 are 3 UTF-8 bytes each.
        let text = "巴黎AI峰会开幕了"
        let lines = wrapper.wrap(
            text: text, styles: [(0..<6, Self.link), (6..<14, Self.bold)], width: 8
        )
        #expect(
            lines == [
                WrappedLine(
                    indent: 0,
                    runs: [
                        StyledRun(text: "巴黎", style: Self.link, source: 0..<6, width: 4),
                        StyledRun(text: "AI峰", style: Self.bold, source: 6..<11, width: 4),
                    ], width: 8),
                WrappedLine(
                    indent: 0,
                    runs: [
                        StyledRun(text: "会", style: Self.bold, source: 11..<14, width: 2),
                        StyledRun(text: "开幕了", style: .body, source: 14..<23, width: 6),
                    ], width: 8),
            ])
    }

    @Test func spacesAtABreakAreDroppedAndNoSpacesAreAdded() {
        let lines = wrapper.wrap(text: "alpha beta   gamma", width: 10)
        #expect(lines.map(\.text) == ["alpha beta", "gamma"])
        #expect(lines.map(\.source) == [0..<10, 13..<18])
        #expect(wrapper.wrap(text: "中文没有空格的句子", width: 8).map(\.text) == ["中文没有", "空格的句", "子"])
    }

    @Test func indentsApplyToFirstAndContinuationLines() {
        let lines = wrapper.wrap(text: "甲乙丙丁戊己庚辛壬癸", width: 10, firstIndent: 4, hangingIndent: 2)
        #expect(lines.map(\.indent) == [4, 2, 2])
        #expect(lines.map(\.text) == ["甲乙丙", "丁戊己庚", "辛壬癸"])
        #expect(lines.map(\.width) == [10, 10, 8])
    }

    @Test func indentsWiderThanTheLineLeaveTwoColumns() {
        let lines = wrapper.wrap(text: "甲乙丙", width: 6, firstIndent: 10, hangingIndent: 10)
        #expect(lines.map(\.indent) == [4, 4, 4])
        #expect(lines.map(\.text) == ["甲", "乙", "丙"])
    }

    @Test func controlCharactersReachTheRunsOnlyAsStandIns() {
        let text = "red\u{1B}[31mtext\u{7}"
        let lines = wrapper.wrap(text: text, width: 40)
        #expect(lines.map(\.text) == ["red␛[31mtext␇"])
        #expect(lines[0].runs[0].source == 0..<text.utf8.count)
        #expect(lines[0].width == 13)
    }

    @Test func tabsBecomeSpaces() {
        #expect(wrapper.wrap(text: "a\tb", width: 10).map(\.text) == ["a b"])
        #expect(wrapper.wrap(text: "a\tb", width: 10)[0].width == 3)
    }

    @Test func styleBoundariesInsideAClusterMoveToItsStart() {
        // A bold span that ends between "e" and its combining accent.
        let text = "cafe\u{301}s"
        let lines = wrapper.wrap(text: text, styles: [(0..<4, Self.bold), (4..<7, .body)], width: 20)
        #expect(lines[0].runs.map(\.text) == ["caf", "e\u{301}s"])
        #expect(lines[0].runs.map(\.source) == [0..<3, 3..<7])
    }

    @Test func overlappingAndOutOfRangeStylesAreTolerated() {
        let lines = wrapper.wrap(text: "abcdef", styles: [(2..<4, Self.bold), (0..<3, Self.link), (5..<99, Self.link)], width: 20)
        #expect(lines[0].runs.map(\.text) == ["abc", "d", "e", "f"])
        #expect(lines[0].runs.map(\.style) == [Self.link, Self.bold, .body, Self.link])
    }

    @Test func emptyTextHasNoLines() {
        #expect(wrapper.wrap(text: "", width: 10).isEmpty)
    }

    @Test func linesAreProducedOnDemand() {
        let paragraph = String(repeating: "这是一个很长的段落，", count: 30_000)
        var lines = wrapper.lines(text: paragraph, styles: [(0..<paragraph.utf8.count, .body)], width: 80)
        let first = lines.next()
        #expect(first?.text == String(repeating: "这是一个很长的段落，", count: 4))
        #expect(first?.source == 0..<120)
    }

    @Test func recordedBreaksReplayTheSameOpportunities() throws {
        let text = "我们在2024年投资了1130亿美元，DeepSeek模型的表现令人惊讶。\n第二行 with words"
        var first = wrapper.lines(text: text, styles: [], width: 30)
        #expect(first.recordedBreaks == nil)
        while first.next() != nil {}
        let recorded = try #require(first.recordedBreaks)
        #expect(recorded.count == LineBreaker().opportunities(in: text).count)
        for width in [1, 5, 12, 30, 80] {
            var replay = wrapper.lines(text: text, styles: [], width: width, reusing: recorded)
            #expect(Array(IteratorSequence(replay)) == wrapper.wrap(text: text, styles: [], width: width))
            while replay.next() != nil {}
            #expect(replay.recordedBreaks == nil)  // nothing new was scanned
        }
    }

    @Test func replayedSegmentsTooLongToRecordAreMeasuredAgain() throws {
        // 70,000 spaces end a segment: more trailing bytes than a recorded segment holds.
        let text = "前" + String(repeating: " ", count: 70_000) + "后，then a word 以及中文"
        var first = wrapper.lines(text: text, styles: [], width: 9)
        while first.next() != nil {}
        let recorded = try #require(first.recordedBreaks)
        #expect(recorded.segments.contains(RecordedBreaks.unmeasured))
        for width in [3, 9, 40] {
            let replay = wrapper.lines(text: text, styles: [], width: width, reusing: recorded)
            #expect(Array(IteratorSequence(replay)) == wrapper.wrap(text: text, styles: [], width: width), "width \(width)")
            var counting = wrapper.lines(text: text, styles: [], width: width, reusing: recorded)
            #expect(counting.countRemainingLines() == wrapper.wrap(text: text, styles: [], width: width).count)
        }
    }

    @Test func countingLinesGivesTheNumberOfLinesWrapped() throws {
        let text = "我们在2024年投资了1130亿美元，DeepSeek模型的表现令人惊讶。\n第二行 with words 和「引号」。"
        var first = wrapper.lines(text: text, styles: [], width: 30)
        while first.next() != nil {}
        let recorded = try #require(first.recordedBreaks)
        for width in 1...40 {
            let expected = wrapper.wrap(text: text, styles: [], width: width, firstIndent: 2, hangingIndent: 4).count
            var replayed = wrapper.lines(text: text, styles: [], width: width, firstIndent: 2, hangingIndent: 4, reusing: recorded)
            var scanned = wrapper.lines(text: text, styles: [], width: width, firstIndent: 2, hangingIndent: 4)
            #expect(replayed.countRemainingLines() == expected, "width \(width), replayed")
            #expect(scanned.countRemainingLines() == expected, "width \(width), scanned")
        }
        // After a line taken, the count is of the lines left.
        var partly = wrapper.lines(text: text, styles: [], width: 12, reusing: recorded)
        _ = partly.next()
        #expect(partly.countRemainingLines() == wrapper.wrap(text: text, styles: [], width: 12).count - 1)
    }

    @Test func truncationCutsAtGraphemesAndAddsAnEllipsis() {
        #expect(truncate("巴黎AI峰会", toWidth: 7) == "巴黎AI…")
        #expect(truncate("巴黎AI峰会", toWidth: 10) == "巴黎AI峰会")
        #expect(truncate("巴黎AI峰会", toWidth: 6) == "巴黎A…")
        #expect(truncate("👨‍👩‍👧abc", toWidth: 5) == "…")
        #expect(truncate("e\u{301}e\u{301}e\u{301}", toWidth: 2) == "e\u{301}…")
        #expect(truncate("标题\u{1B}[2J", toWidth: 20) == "标题␛[2J")
        #expect(truncate("中文", toWidth: 0) == "")
        #expect(truncate("中文字", toWidth: 3, ellipsis: "...") == "...")
        #expect(truncate("中文字", toWidth: 2, ellipsis: "...") == "中")
    }
}
