import Testing

@testable import HearsayModel

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

/// The head box and its packed details behave as plain fields.
@Suite struct ArticleHeadBoxTests {
    private let long = String(repeating: "长", count: 100)  // 300 bytes: a length of two varint bytes

    private func article() -> Article {
        Article(
            id: "a.md", path: "/c/a.md", format: .frontMatter, title: "标题", date: ArticleDate(original: "2025-01-02", timestamp: 0),
            sourceURL: "https://example.org/a", summary: long, tags: ["", "tag"], categories: ["新闻"], language: "zh",
            keyPoints: ["一", long, ""],
            sections: [Section(title: "背景", level: 2, blockIndex: 3), Section(title: "", level: -1, blockIndex: 300)],
            turns: [Turn(speaker: 0, blocks: 4..<5)], speakers: [Speaker(name: "林")])
    }

    @Test("every packed field reads back as given, empty and absent ones too")
    func packedFieldsReadBack() {
        let full = article()
        #expect(full.sourceURL == "https://example.org/a" && full.summary == long)
        #expect(full.tags == ["", "tag"] && full.categories == ["新闻"] && full.keyPoints == ["一", long, ""])
        #expect(full.sections == [Section(title: "背景", level: 2, blockIndex: 3), Section(title: "", level: -1, blockIndex: 300)])
        let bare = Article(id: "b", format: .markdown, title: "")
        #expect(bare.sourceURL == nil && bare.summary == nil && bare.tags.isEmpty && bare.categories.isEmpty)
        #expect(bare.keyPoints.isEmpty && bare.sections.isEmpty)
    }

    @Test("a write changes that field of that copy only")
    func writesAreCopyOnWrite() {
        let original = article()
        var copy = original
        copy.summary = nil
        copy.tags.append("新")
        copy.sections[0].title = "前言"
        copy.keyPoints = []
        copy.title = "另一个"
        copy.turns[0].speaker = 1
        #expect(copy.summary == nil && copy.tags == ["", "tag", "新"] && copy.keyPoints.isEmpty && copy.title == "另一个")
        #expect(copy.sections.map(\.title) == ["前言", ""] && copy.sourceURL == original.sourceURL && copy.categories == ["新闻"])
        #expect(copy.turns[0].speaker == 1)
        #expect(original == article())
        #expect(original.summary == long && original.sections[0].title == "背景" && original.title == "标题")
        #expect(original.turns[0].speaker == 0)
        #expect(!copy.hasSameHead(as: original))
        var back = copy
        back.summary = long
        back.tags = ["", "tag"]
        back.sections[0].title = "背景"
        back.keyPoints = ["一", long, ""]
        back.title = "标题"
        back.turns[0].speaker = 0
        #expect(back.hasSameHead(as: original) && back == original)
    }

    @Test("copies share one head box until one is written; writing a field its own value shares on")
    func copiesShareTheHead() {
        let original = article()
        var copy = original
        #expect(copy.sharesFields(with: original))
        copy.id = "a.md"
        copy.path = "/c/a.md"
        #expect(copy.sharesFields(with: original))
        copy.id = "b.md"
        #expect(!copy.sharesFields(with: original) && copy.id == "b.md" && original.id == "a.md")
        copy.path = nil
        #expect(copy.path == nil && original.path == "/c/a.md" && copy.title == original.title)
    }
}
