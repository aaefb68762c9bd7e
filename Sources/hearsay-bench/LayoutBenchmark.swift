import ArgumentParser
import Foundation
import HearsayLayout
import HearsayModel

/// `hearsay-bench layout`: how fast articles are laid out (see Benchmarks/LAYOUT.md).
struct LayoutBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "layout",
        abstract: "Lay out the seeds and a generated 1 MB CJK article; time a width change on a 300 KB paragraph."
    )

    @Option(help: "Folder of real articles to lay out (skipped when absent).")
    var seeds = "../shared/seeds"

    @Option(help: "Columns to lay out at.")
    var width = 80

    @Option(help: "Timed repetitions of each measurement (the best and the median are printed).")
    var repetitions = 7

    func run() throws {
        print("hearsay-bench layout: width \(width), best and median of \(repetitions) runs")
        if FileManager.default.fileExists(atPath: seeds) {
            let corpus = CorpusLoader().load(paths: [seeds])
            let bytes = corpus.articles.reduce(0) { $0 + Self.textBytes(of: $1) }
            let times = measure { for article in corpus.articles { _ = ArticleLayout(article: article, width: width).lineCount } }
            print(Self.row("seeds (\(corpus.articles.count) articles)", bytes: bytes, times: times))
        } else {
            print("seeds: \(seeds) is absent; skipped")
        }

        let generated = GeneratedArticle.cjk(bytes: 1_000_000, paragraphBytes: 1_500)
        let generatedBytes = Self.textBytes(of: generated)
        let full = measure { _ = ArticleLayout(article: generated, width: width).lineCount }
        print(Self.row("generated CJK, 1 MB in paragraphs", bytes: generatedBytes, times: full))

        let paragraph = GeneratedArticle.cjk(bytes: 300_000, paragraphBytes: 300_000)
        let paragraphBytes = Self.textBytes(of: paragraph)
        let wholeParagraph = measure { _ = ArticleLayout(article: paragraph, width: width).lineCount }
        print(Self.row("generated CJK, one 300 KB paragraph", bytes: paragraphBytes, times: wholeParagraph))

        let settled = ArticleLayout(article: paragraph, width: width)
        _ = settled.lineCount
        var step = 0
        let firstScreen = measure {
            step += 1
            let resized = ArticleLayout(article: paragraph, width: width - 1 - step % 7)
            _ = resized.lines(in: 0..<60)
        }
        print(
            "width change, 300 KB paragraph, first 60 lines: best \(Self.milliseconds(firstScreen.min()!)), median \(Self.milliseconds(Self.median(firstScreen)))"
        )

        // The reader keeps its place across a resize: the screen at a position deep in the paragraph.
        let deep = TextPosition(block: 0, offset: paragraph.blocks[0].text.utf8.count * 9 / 10)
        let deepScreen = measure {
            step += 1
            let resized = ArticleLayout(article: paragraph, width: width - 1 - step % 7)
            let top = resized.lineIndex(containing: deep)
            _ = resized.lines(in: top..<top + 60)
        }
        print(
            "width change, 300 KB paragraph, 60 lines at 90% of it: best \(Self.milliseconds(deepScreen.min()!)), median \(Self.milliseconds(Self.median(deepScreen)))"
        )

        // The same through `resized(to:)`, which reuses the settled layout's break opportunities.
        let resizedFirst = measure {
            step += 1
            _ = settled.resized(to: width - 1 - step % 7).lines(in: 0..<60)
        }
        print(
            "resized(to:), 300 KB paragraph, first 60 lines: best \(Self.milliseconds(resizedFirst.min()!)), median \(Self.milliseconds(Self.median(resizedFirst)))"
        )
        let resizedDeep = measure {
            step += 1
            let resized = settled.resized(to: width - 1 - step % 7)
            let top = resized.lineIndex(containing: deep)
            _ = resized.lines(in: top..<top + 60)
        }
        print(
            "resized(to:), 300 KB paragraph, 60 lines at 90% of it: best \(Self.milliseconds(resizedDeep.min()!)), median \(Self.milliseconds(Self.median(resizedDeep)))"
        )
        let settledGenerated = ArticleLayout(article: generated, width: width)
        _ = settledGenerated.lineCount
        let relayout = measure {
            step += 1
            _ = settledGenerated.resized(to: width - 1 - step % 7).lineCount
        }
        print(Self.row("resized(to:), generated 1 MB, whole", bytes: generatedBytes, times: relayout))
    }

    private func measure(_ body: () -> Void) -> [Duration] {
        body()  // warm up: width table, ICU data
        let clock = ContinuousClock()
        return (0..<max(repetitions, 1)).map { _ in clock.measure(body) }
    }

    static func textBytes(of article: Article) -> Int {
        article.blocks.reduce(article.title.utf8.count) { $0 + $1.text.utf8.count }
    }

    static func row(_ name: String, bytes: Int, times: [Duration]) -> String {
        let best = times.min()!
        let seconds = Double(best.components.seconds) + Double(best.components.attoseconds) / 1e18
        let rate = Double(bytes) / 1_000_000 / seconds
        return
            "\(name): \(bytes) bytes, best \(milliseconds(best)) (\(String(format: "%.1f", rate)) MB/s), median \(milliseconds(median(times)))"
    }

    static func median(_ times: [Duration]) -> Duration { times.sorted()[times.count / 2] }

    static func milliseconds(_ duration: Duration) -> String {
        let value = Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
        return String(format: "%.2f ms", value)
    }
}

/// Invented CJK text with the usual mix of Latin words, numbers, quotes and punctuation.
enum GeneratedArticle {
    static let sentences = [
        "我们在2024年投资了1130亿美元，模型的表现令人惊讶。",
        "研究人员表示，“开源模型”正在改变整个行业的格局。",
        "据统计，约有70%的开发者使用了Python和Swift等语言。",
        "会议在巴黎举行（为期两天），来自61个国家的代表出席。",
        "他说：这不是终点，而是新的起点……我们还要继续努力！",
        "The new model, released on Monday, scored well on benchmarks.",
        "《科技周刊》报道称，训练成本下降到了原来的十分之一。",
        "访问https://example.org/report了解更多细节，或者联系我们。",
    ]

    /// About `bytes` of text in paragraphs of about `paragraphBytes`.
    static func cjk(bytes: Int, paragraphBytes: Int) -> Article {
        var blocks: [Block] = []
        var total = 0
        var index = 0
        while total < bytes {
            var paragraph = ""
            while paragraph.utf8.count < paragraphBytes, total + paragraph.utf8.count < bytes {
                paragraph += sentences[index % sentences.count]
                index += 1
            }
            total += paragraph.utf8.count
            blocks.append(Block(kind: .paragraph, plain: paragraph))
        }
        return Article(id: "generated", format: .markdown, title: "生成的文章", blocks: blocks)
    }
}
