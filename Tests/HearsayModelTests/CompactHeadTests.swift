import HearsayModel
import Testing

/// What an article's head takes in memory: a warm start holds every article's head (issue 16).
@Suite struct CompactHeadTests {
    @Test("a turn takes 48 bytes and a section 24, with their indexes read and written as Ints")
    func turnAndSectionLayout() {
        #expect(MemoryLayout<Turn>.stride == 48)
        #expect(MemoryLayout<Section>.stride == 24)
        var turn = Turn(speaker: 2, blocks: 5..<9, timestamp: "00:03:12", label: "记")
        #expect(turn.speaker == 2 && turn.blocks == 5..<9 && turn.timestamp == "00:03:12" && turn.label == "记")
        turn.speaker = 7
        turn.blocks = 10..<10
        #expect(turn == Turn(speaker: 7, blocks: 10..<10, timestamp: "00:03:12", label: "记"))
        #expect(turn != Turn(speaker: 7, blocks: 10..<11, timestamp: "00:03:12", label: "记"))
        let largest = Int(Int32.max)
        #expect(Turn(speaker: largest, blocks: 0..<largest).blocks.upperBound == largest)
        var section = Section(title: "背景", level: 2, blockIndex: 40)
        section.level = 3
        section.blockIndex = largest
        #expect(section.level == 3 && section.blockIndex == largest && section.title == "背景")
        #expect(section == Section(title: "背景", level: 3, blockIndex: largest))
    }
}
