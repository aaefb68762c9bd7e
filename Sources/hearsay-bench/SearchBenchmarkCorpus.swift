import HearsayModel

/// An invented corpus for `hearsay-bench search`, made in memory: Chinese sentences with Latin
/// names and numbers, fullwidth punctuation and some fullwidth Latin, half of the articles
/// transcripts with speakers' turns. Deterministic (a fixed-seed generator), so counts repeat.
struct SearchBenchmarkCorpus {
    static let speakers = ["Alice Chen", "Bob Li", "Carol Wang", "David Zhou", "Erin Xu"]

    private static let chineseWords = [
        "模型", "开源", "社区", "研究", "发布", "数据", "芯片", "投资", "会议", "城市", "能源", "团队",
        "用户", "成本", "市场", "政策", "版本", "工程师", "实验室", "下载量", "合作", "训练", "推理", "天气",
        "今天", "明天", "我们", "他们", "认为", "表示", "已经", "可能", "非常", "需要", "关于", "未来",
    ]
    private static let latinWords = [
        "DeepWater", "Nova-7", "GPU", "API", "Lumen", "open source", "benchmark", "Orbit Labs", "ＮＯＶＡ", "Ｑ３",
    ]
    private static let punctuation = ["，", "，", "。", "、", "：", "；", "！", "？"]

    private var random: SplitMix64

    init(seed: UInt64 = 2026) {
        random = SplitMix64(seed: seed)
    }

    /// Articles until their blocks' text reaches `bytes` UTF-8 bytes.
    mutating func articles(totalBytes bytes: Int) -> [Article] {
        var articles: [Article] = []
        var total = 0
        while total < bytes {
            let article = makeArticle(number: articles.count)
            total += article.blocks.reduce(0) { $0 + $1.text.utf8.count }
            articles.append(article)
        }
        return articles
    }

    private mutating func makeArticle(number: Int) -> Article {
        let isTranscript = number % 2 == 1
        var blocks = [Block(kind: .heading(level: 2), plain: sentence(words: 6))]
        var turns: [Turn] = []
        let speakerCount = 2 + Int(random.next() % 2)
        let firstSpeaker = Int(random.next() % UInt64(Self.speakers.count))
        let names = (0..<speakerCount).map { Self.speakers[(firstSpeaker + $0) % Self.speakers.count] }
        for paragraph in 0..<40 {
            let text = (0..<(2 + Int(random.next() % 4))).map { _ in sentence(words: 8 + Int(random.next() % 16)) }.joined()
            if isTranscript && paragraph > 2 {
                let speaker = paragraph % speakerCount
                let turnText = "\(names[speaker]): \(text)"
                let nameEnd = names[speaker].utf8.count
                turns.append(Turn(speaker: speaker, blocks: blocks.count..<(blocks.count + 1)))
                blocks.append(
                    Block(
                        kind: .turn(speaker: speaker), text: turnText,
                        spans: [
                            InlineSpan(style: .speakerName, range: 0..<nameEnd),
                            InlineSpan(style: .plain, range: nameEnd..<turnText.utf8.count),
                        ], sourceLine: blocks.count + 1))
            } else {
                blocks.append(Block(kind: .paragraph, plain: text, sourceLine: blocks.count + 1))
            }
        }
        return Article(
            id: "bench/\(number).md", format: isTranscript ? .transcript : .frontMatter,
            title: "第\(number)篇：" + sentence(words: 5), tags: ["bench"], blocks: blocks, turns: turns,
            speakers: isTranscript ? names.map { Speaker(name: $0) } : []
        )
    }

    private mutating func sentence(words: Int) -> String {
        var text = ""
        for index in 0..<words {
            let roll = random.next() % 100
            if roll < 6 {
                let latin = Self.latinWords[Int(random.next() % UInt64(Self.latinWords.count))]
                text += index == 0 ? "\(latin) " : " \(latin) "
            } else if roll < 9 {
                text += String(random.next() % 10_000)
            } else {
                text += Self.chineseWords[Int(random.next() % UInt64(Self.chineseWords.count))]
            }
            if index > 0 && index < words - 1 && random.next() % 7 == 0 {
                text += Self.punctuation[Int(random.next() % 6)]
            }
        }
        return text + Self.punctuation[2 + Int(random.next() % 2) * 4]
    }
}
