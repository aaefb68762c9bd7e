import HearsayModel
import HearsayText
import Testing

@testable import HearsayLayout

/// After a width change, blocks whose break opportunities are known are counted, not wrapped,
/// until they are read: every way of reading the layout must still give exactly the lines of a
/// fresh layout, and reaching text deep in the article must make only the lines on screen.
@Suite struct CountedBlocksTests {
    /// A long interview: a key point list, sections, and many turns (some with continuations).
    static let interview: Article = {
        var blocks: [Block] = [
            SampleArticles.block(.heading(level: 2), "亮点"),
            SampleArticles.block(.listItem(keyPoint: true), "第一个要点讲潮汐能源的成本，需要换行才能放下。"),
            SampleArticles.block(.heading(level: 2), "详细对话"),
        ]
        var turns: [Turn] = []
        let names = ["Ann Lee", "王小明", "David Chen"]
        for index in 0..<120 {
            let speaker = index % 3
            let label = "\(names[speaker]): "
            let words = String(repeating: "我们在第\(index)段讨论海上风电和储能，The grid has to change. ", count: 1 + index % 4)
            let text = label + words
            let start = blocks.count
            blocks.append(
                SampleArticles.block(
                    .turn(speaker: speaker), text,
                    spans: [(.speakerName, 0..<label.utf8.count - 2), (.plain, label.utf8.count - 2..<text.utf8.count)]))
            if index % 5 == 0 { blocks.append(SampleArticles.block(.turnContinuation(speaker: speaker), "（笑声）接着说第\(index)段。")) }
            turns.append(Turn(speaker: speaker, blocks: start..<blocks.count))
        }
        return Article(
            id: "interview", format: .transcript, title: "长访谈", keyPoints: ["第一个要点讲潮汐能源的成本，需要换行才能放下。"],
            sections: [Section(title: "详细对话", level: 2, blockIndex: 2)], blocks: blocks, turns: turns,
            speakers: names.map { Speaker(name: $0) })
    }()

    static let modes: [LayoutMode] = [.article, .dialogue(speakers: nil), .dialogue(speakers: [1])]

    /// A layout wrapped whole at 80 columns, so every block's opportunities are recorded.
    func wrappedAtEighty() -> ArticleLayout {
        let layout = ArticleLayout(article: Self.interview, width: 80)
        _ = layout.lines(in: 0..<layout.lineCount)
        return layout
    }

    @Test func linesReadInAnyOrderEqualAFreshLayout() {
        for width in [9, 31, 57, 120] {
            for mode in Self.modes {
                let fresh = ArticleLayout(article: Self.interview, width: width, mode: mode)
                let expected = fresh.lines(in: 0..<fresh.lineCount)
                let resized = wrappedAtEighty().resized(to: width, mode: mode)
                #expect(resized.lineCount == expected.count, "width \(width) \(mode)")
                // From the end backwards, one line at a time, then windows: each block is made
                // from the middle of its placeholders as often as from its start.
                for index in stride(from: expected.count - 1, through: 0, by: -1) {
                    #expect(resized.line(index) == expected[index], "line \(index) at width \(width) \(mode)")
                }
                let windowed = wrappedAtEighty().resized(to: width, mode: mode)
                for start in stride(from: 0, to: expected.count, by: 7) {
                    #expect(windowed.lines(in: start..<start + 7) == Array(expected[start..<min(start + 7, expected.count)]))
                }
            }
        }
    }

    @Test func positionsAndLineNumbersEqualAFreshLayout() {
        for width in [23, 64] {
            for mode in Self.modes {
                let fresh = ArticleLayout(article: Self.interview, width: width, mode: mode)
                let resized = wrappedAtEighty().resized(to: width, mode: mode)
                #expect(resized.turnLines == fresh.turnLines && resized.sectionLines == fresh.sectionLines)
                for block in Self.interview.blocks.indices {
                    for offset in [0, 13, 40] {
                        let position = TextPosition(block: block, offset: offset)
                        #expect(
                            resized.lineIndex(containing: position) == fresh.lineIndex(containing: position),
                            "block \(block) offset \(offset) at width \(width) \(mode)")
                    }
                }
                let other = wrappedAtEighty().resized(to: width, mode: mode)
                for index in stride(from: fresh.lineCount - 1, through: 0, by: -3) {
                    #expect(other.position(nearLine: index) == fresh.position(nearLine: index), "line \(index)")
                    #expect(other.position(atLine: index) == fresh.position(atLine: index), "line \(index)")
                }
            }
        }
    }

    @Test func reachingTextDeepInTheArticleMakesOnlyTheBlocksShown() {
        let resized = wrappedAtEighty().resized(to: 50, mode: .dialogue(speakers: nil))
        let deep = TextPosition(block: Self.interview.turns[100].blocks.lowerBound, offset: 0)
        let top = resized.lineIndex(containing: deep)
        let screen = resized.lines(in: top..<top + 20)
        let shown = Set(screen.compactMap(\.block))
        let countedBefore = Self.interview.turns[..<100].reduce(0) { $0 + $1.blocks.count }
        // Every block above the screen was counted and none of it made; the blocks on screen were made.
        #expect(resized.countedBlockCount == countedBefore)
        #expect(shown.count >= 3 && shown.allSatisfy { $0 >= deep.block })
        #expect(screen.allSatisfy { !$0.runs.isEmpty || $0.block == nil })
    }

    @Test func aBlockLongerThanTheLimitIsWrappedAsItIsReadNotCounted() {
        let article = SampleArticles.longParagraph(repeating: 600)  // about 50 KB in one block
        #expect(article.blocks[0].text.utf8.count > LayoutState.countedBlockLimit)
        let original = ArticleLayout(article: article, width: 80)
        _ = original.lineCount
        let resized = original.resized(to: 60)
        _ = resized.lines(in: 0..<30)
        #expect(resized.countedBlockCount == 0)
        #expect(!resized.isComplete, "the first screen of a long paragraph makes about a screen of lines")
    }

    @Test func aLayoutFromScratchCountsNothing() {
        // No opportunities known yet: blocks are scanned and wrapped as they are read.
        let layout = ArticleLayout(article: Self.interview, width: 70)
        _ = layout.lineCount
        #expect(layout.countedBlockCount == 0)
    }
}
