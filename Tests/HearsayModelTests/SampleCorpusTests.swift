import HearsayModel
import Testing

/// The embedded sample corpus: both layouts, three transcripts with three or more speakers.
struct SampleCorpusTests {
    let corpus = SampleCorpus.load()

    @Test func loadsEveryEmbeddedFileWithoutDiagnostics() {
        #expect(corpus.diagnostics.isEmpty)
        #expect(corpus.articles.map(\.id) == SampleCorpus.fileNames)
        #expect(
            SampleCorpus.fileNames == [
                "chip-roundtable.md", "river-city-budget.md", "night-market-podcast.md",
                "ocean-lab-interview.md", "library-renovation.md",
            ])
        #expect(corpus.articles.map(\.format) == [.transcript, .frontMatter, .transcript, .transcript, .frontMatter])
        #expect(corpus.articles.allSatisfy { $0.path == nil })
    }

    @Test func transcriptsHaveTheirSpeakersInOrderWithTurnCounts() {
        func speakers(_ id: String) -> [String] {
            guard let article = corpus.article(id: id) else { return [] }
            return article.speakers.indices.map { index in
                "\(article.speakers[index].name) \(article.turns.filter { $0.speaker == index }.count)"
            }
        }
        #expect(speakers("chip-roundtable.md") == ["林晓雯 4", "Daniel Ortiz 4", "周凯 4"])
        #expect(speakers("night-market-podcast.md") == ["陈志远 4", "何美玲 3", "Emma Clarke 2", "Raj Patel 1"])
        #expect(speakers("ocean-lab-interview.md") == ["主持人 4", "吴建国 2", "Hannah Lee 3"])
    }

    @Test func utteranceIndexRanksMostTurnsFirst() {
        let entries = UtteranceIndex(corpus: corpus).entries
        #expect(entries.count == 11)
        #expect(entries.map(\.turnCount) == [4, 4, 4, 4, 4, 3, 3, 2, 2, 1, 0])
        // The budget report quotes one person in its prose.
        #expect(entries.last.map { [$0.name, "\($0.quoteCount)"] } == ["王立群", "1"])
        let host = entries.first { $0.name == "主持人" }
        #expect(host?.articleIndices == [3])
        #expect(host?.utterances.map(\.utterance) == [.turn(0), .turn(2), .turn(5), .turn(8)])
    }

    @Test func metadataOfEachLayout() throws {
        let budget = try #require(corpus.article(id: "river-city-budget.md"))
        #expect(budget.title == "江城市议会通过新预算，公共交通获最大份额")
        #expect(budget.date?.original == "2024-11-03 09:15:00")
        #expect(budget.tags == ["预算", "公共交通"])
        #expect(budget.sourceURL == "https://news.example.org/jiangcheng/2024/budget")
        #expect(budget.sections.map(\.title) == ["公交线路全面加密", "社区图书馆延长开放", "防洪工程提前启动"])

        let library = try #require(corpus.article(id: "library-renovation.md"))
        #expect(library.title == "Old Library, New Readers: 旧馆改造一年记")
        #expect(library.date?.timestamp == 1_742_265_000)
        #expect(library.sourceURL == "https://example.org/features/library-one-year")
        #expect(library.blocks.last?.kind == .quote)

        let chips = try #require(corpus.article(id: "chip-roundtable.md"))
        #expect(chips.keyPoints.count == 4)
        #expect(chips.sections.map(\.title) == ["算力价格：从抢购到过剩", "蒸馏与开源：小团队的两件武器", "详细对话"])
        // 周凯's second paragraph and the laughter belong to turns.
        #expect(chips.turns.map(\.blocks.count) == [1, 1, 1, 2, 2, 1, 1, 1, 1, 1, 1, 1])
        #expect(chips.blocks.contains { $0.kind == .stageDirection && $0.text == "（笑声）" })

        let ocean = try #require(corpus.article(id: "ocean-lab-interview.md"))
        #expect(ocean.blocks.first?.text == "时间：2024年5月 地点：南海科考船“远望七号”")
        #expect(ocean.blocks.first?.kind == .paragraph)
    }

    @Test func wordsOfATurnLeaveOutTheNameAndKeepContinuations() throws {
        let chips = try #require(corpus.article(id: "chip-roundtable.md"))
        let zhou = try #require(chips.speakers.firstIndex { $0.name == "周凯" })
        let turns = chips.turns(ofSpeaker: zhou)
        #expect(turns.count == 4)
        #expect(chips.words(of: turns[0]) == "可以这么说。我们去年根本不敢训练自己的模型，今年租一个月的算力，只相当于过去一周的价格。\n这让我们可以做更多实验，失败的代价也小了很多。")
        let market = try #require(corpus.article(id: "night-market-podcast.md"))
        #expect(market.words(of: market.turns[0]) == "大家好，这里是《街角经济》，我是陈志远。今天我们在城南夜市录音，周围有点吵，请大家见谅。")
        let ocean = try #require(corpus.article(id: "ocean-lab-interview.md"))
        #expect(ocean.words(of: ocean.turns[1]) == "是回收。潜水器浮出水面的时候，浪高将近三米，吊臂稍有偏差就可能撞坏外壳。")
    }
}
