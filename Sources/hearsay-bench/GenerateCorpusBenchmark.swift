import ArgumentParser
import Foundation

/// `hearsay-bench generate-corpus`: writes a synthetic corpus of generated (not copied) articles in
/// both layouts, for the load, layout and search benchmarks. Deterministic for a given `--seed`.
struct GenerateCorpusBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate-corpus",
        abstract: "Write N generated articles (front matter and transcripts, ~10 KB each) into a folder."
    )

    @Option(help: "How many articles to write.")
    var count = 1000

    @Option(help: "The folder to write into (created if missing).")
    var output: String

    @Option(help: "Random seed; the same seed writes the same corpus.")
    var seed: UInt64 = 1

    func run() throws {
        let fileManager = FileManager.default
        var generator = SyntheticArticles(seed: seed)
        var totalBytes = 0
        for index in 0..<count {
            // 500 files per sub-folder, so loading walks nested folders as real collections do.
            let folder = "\(output)/batch-\(String(format: "%03d", index / 500))"
            if index % 500 == 0 { try fileManager.createDirectory(atPath: folder, withIntermediateDirectories: true) }
            let (name, text) = generator.article(number: index)
            let bytes = Data(text.utf8)
            totalBytes += bytes.count
            try bytes.write(to: URL(fileURLWithPath: "\(folder)/\(name)"))
        }
        print("wrote \(count) articles, \(String(format: "%.1f", Double(totalBytes) / 1_048_576)) MB, to \(output)")
    }
}

/// Generates articles from an invented vocabulary with a small deterministic random generator.
struct SyntheticArticles {
    private var random: SplitMix64

    init(seed: UInt64) { random = SplitMix64(seed: seed &* 0x9E37_79B9_7F4A_7C15 | 1) }

    private mutating func next() -> UInt64 { random.next() }

    private mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }

    private mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }

    private static let subjects = ["研究团队", "市议会", "这家公司", "工程师们", "两位作者", "当地居民", "投资人", "开源社区", "编辑部", "实验室"]
    private static let verbs = ["宣布", "讨论了", "重新评估了", "公开了", "推迟了", "比较了", "解释了", "质疑", "支持", "记录了"]
    private static let objects = [
        "新的预算方案", "算力价格的变化", "一份长达百页的报告", "夜间公交的班次", "河道治理的进度", "模型训练的成本",
        "图书馆的开放时间", "深海样本的数据", "供应链的风险", "社区广播的节目单",
    ]
    private static let tails = [
        "，引起了广泛讨论", "，细节仍未公布", "，预计明年完成", "，各方看法不一", "，并附上了原始数据",
        "，这在过去并不常见", "",
    ]
    private static let latin = ["GPU", "API", "open source", "benchmark", "roadmap", "v2.1", "70%", "2030", "LLM", "Q3"]
    private static let names = [
        "林晓雯", "周凯", "陈志远", "何美玲", "吴建国", "Emma Clarke", "Daniel Ortiz", "Hannah Lee", "Raj Patel",
        "主持人", "嘉宾", "Guest", "王立群", "Sofia Rossi",
    ]
    private static let headings = ["背景", "数字背后", "各方反应", "下一步", "争议", "技术细节", "成本与收益", "现场", "历史回顾", "展望"]

    private mutating func sentence() -> String {
        var text = pick(Self.subjects) + pick(Self.verbs) + pick(Self.objects)
        if int(0...3) == 0 { text += "（" + pick(Self.latin) + "）" }
        return text + pick(Self.tails) + pick(["。", "。", "。", "？", "！"])
    }

    private mutating func paragraph(sentences: ClosedRange<Int>) -> String {
        (0..<int(sentences)).map { _ in sentence() }.joined()
    }

    mutating func article(number: Int) -> (String, String) {
        let transcript = int(0...1) == 0
        let title = pick(Self.subjects) + pick(Self.verbs) + pick(Self.objects) + "：" + pick(Self.headings)
        let url = "https://example.com/\(transcript ? "shows" : "news")/\(number)"
        var lines: [String] = []
        if transcript {
            lines += ["# " + title, "", ">" + paragraph(sentences: 2...3), "", "## 亮点"]
            lines += (0..<int(3...6)).map { _ in "- " + sentence() }
            for _ in 0..<int(2...4) {
                lines += ["", "## " + pick(Self.headings) + "：" + pick(Self.objects)]
                for _ in 0..<int(1...3) { lines += [paragraph(sentences: 5...12), ""] }
            }
            lines += ["## 详细对话"]
            let cast = (0..<int(2...6)).map { _ in pick(Self.names) }
            let stamped = int(0...2) == 0
            for turn in 0..<int(25...55) {
                let name = cast[turn % cast.count]
                let prefix = stamped ? String(format: "[00:%02d:%02d] ", turn / 2, (turn * 17) % 60) : ""
                let separator = name.unicodeScalars.first!.value > 0x2E80 ? pick(["：", ": "]) : ": "
                lines += [prefix + name + separator + paragraph(sentences: 1...4), ""]
                if int(0...6) == 0 { lines += [paragraph(sentences: 1...3), ""] }
                if int(0...15) == 0 { lines += [pick(["（笑声）", "[音乐]", "（掌声）"]), ""] }
            }
            lines += ["_原链接:" + url + "_"]
        } else {
            let day = String(format: "2024-%02d-%02d %02d:%02d:00", int(1...12), int(1...28), int(0...23), int(0...59))
            lines += [
                "---", "title: \"\(title)\"", "date: \"\(day)\"", "summary: \"\(sentence())\"", "categories:", "  - \"news\"",
                "tags:", "  - \"\(pick(Self.headings))\"", "lang:", "  - \"zh-CN\"", "---", "",
            ]
            // One long paragraph with bold pseudo-headings, as scraped articles have, then normal ones.
            var long = paragraph(sentences: 5...10)
            for _ in 0..<int(1...3) {
                long += "**" + pick(Self.headings) + "**" + paragraph(sentences: 5...10)
                if int(0...2) == 0 { long += "![图片](https://example.com/img/\(number).png)*（图片来源：示例）*" }
            }
            lines += [long, ""]
            for _ in 0..<int(8...17) {
                if int(0...4) == 0 { lines += ["**" + pick(Self.headings) + "**", ""] }
                var text = paragraph(sentences: 4...10)
                if int(0...3) == 0 { text += "详见[" + pick(Self.objects) + "](https://example.org/\(number))。" }
                lines += [text, ""]
            }
            lines += ["[example](\(url))"]
        }
        let name = String(format: "%05d-%@.md", number, transcript ? "transcript" : "news")
        return (name, lines.joined(separator: "\n") + "\n")
    }
}
