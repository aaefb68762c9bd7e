import ArgumentParser
import HearsayModel
import HearsaySearch
import HearsayUI

/// `hearsay-bench search`: folds an invented corpus and times queries over it (Benchmarks/SEARCH.md).
struct SearchBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Time the search index and queries over an invented corpus."
    )

    @Option(help: "Size of the invented corpus's text, in MB.")
    var sizeMB: Int = 100

    @Option(help: "Load this folder (e.g. from 'hearsay-bench generate-corpus') instead of inventing a corpus in memory.")
    var corpus: String?

    @Option(help: "Text typed one character at a time into the list filter.")
    var typed: String = "下载量非常"

    @Option(help: "Bytes of folded text the list filter scans in the key press (the UI's SearchWork.keystrokeBytes).")
    var keyBytes: Int = SearchWork.keystrokeBytes

    @Option(help: "Bytes of folded text the list filter scans per slice between input polls (SearchWork.idleBytes).")
    var sliceBytes: Int = SearchWork.idleBytes

    @Option(name: .customLong("query"), help: "A query to time (repeatable). Default: a built-in set.")
    var queries: [String] = []

    @Option(help: "How many results make the first screen.")
    var firstScreen: Int = 50

    @Option(help: "Run each timing this many times and report the fastest (the machine may be busy).")
    var repeats: Int = 3

    @Option(help: "Column width of the keyword-in-context lines made for the first screen.")
    var width: Int = 80

    func run() throws {
        let clock = ContinuousClock()
        var articles: [Article] = []
        let generation = clock.measure {
            if let folder = self.corpus {
                articles = CorpusLoader().load(paths: [folder]).articles
            } else {
                var generator = SearchBenchmarkCorpus()
                articles = generator.articles(totalBytes: sizeMB * 1_000_000)
            }
        }
        let textBytes = articles.reduce(0) { $0 + $1.blocks.reduce(0) { $0 + $1.text.utf8.count } }
        let origin = self.corpus == nil ? "generated" : "loaded"
        print("corpus: \(articles.count) articles, \(megabytes(textBytes)) MB of text (\(origin) in \(milliseconds(generation)) ms)")

        var folded: FoldedCorpus?
        let build = fastest(clock) { folded = FoldedCorpus(articles: articles) }
        guard let corpus = folded else { return }
        print("index build (fold every article): \(milliseconds(build)) ms, \(megabytes(corpus.foldedByteCount)) MB folded")
        print("")

        let chosen =
            queries.isEmpty
            ? ["开源", "DeepWater", "ｎｏｖａ", "下载量非常", "speaker:\"Bob Li\" 模型", "不存在的词"]
            : queries
        let header = ["query", "first \(firstScreen) + lines (ms)", "all (ms)", "results", "list filter (ms)", "articles"]
        var rows: [[String]] = [header]
        for text in chosen {
            let query = SearchQuery(parsing: text)
            var firstBatch: [CorpusMatch] = []
            let first = fastest(clock) {
                var search = CorpusSearcher.search(query, in: corpus)
                firstBatch = search.next(firstScreen, in: corpus)
                for match in firstBatch {
                    _ = KeywordInContext.line(for: match.match, in: corpus.articles[match.article].article, width: width)
                }
            }
            var all: [CorpusMatch] = []
            let everything = fastest(clock) { all = CorpusSearcher.allMatches(of: query, in: corpus) }
            var kept: [Int] = []
            let filter = fastest(clock) { kept = ArticleFilter.matchingIndices(query, in: corpus) }
            rows.append([text, milliseconds(first), milliseconds(everything), "\(all.count)", milliseconds(filter), "\(kept.count)"])
        }
        printTable(rows)
        print("")
        timeTyping(into: corpus, clock: clock)
    }

    /// The list filter as the user types `typed` over the folded corpus, sliced as the UI slices
    /// it: each keystroke starts a run from the previous one (narrowing) and scans `keyBytes` in
    /// the key press, then `sliceBytes` per slice; the UI polls input between slices.
    private func timeTyping(into corpus: FoldedCorpus, clock: ContinuousClock) {
        print(
            "list filter, typing \"\(typed)\" (\(megabytes(keyBytes)) MB in the key press, "
                + "then slices of \(megabytes(sliceBytes)) MB between input polls):")
        var rows: [[String]] = [["typed", "whole keystroke (ms)", "key press (ms)", "longest slice (ms)", "slices", "articles kept"]]
        var previous: ArticleFilterRun?
        var text = ""
        for character in typed {
            text.append(character)
            let query = SearchQuery(parsing: text)
            var run =
                previous.map { ArticleFilterRun(query: query, after: $0) }
                ?? ArticleFilterRun(query: query, articleCount: corpus.articles.count)
            var key = Duration.zero
            var longest = Duration.zero
            var slices = 0
            let whole = clock.measure {
                key = clock.measure { run.advance(in: corpus, byteBudget: keyBytes) }
                while !run.isFinished {
                    let slice = clock.measure { run.advance(in: corpus, byteBudget: sliceBytes) }
                    longest = max(longest, slice)
                    slices += 1
                }
            }
            rows.append([text, milliseconds(whole), milliseconds(key), milliseconds(longest), "\(slices)", "\(run.matching.count)"])
            previous = run
        }
        printTable(rows)
    }

    /// The fastest of `repeats` runs of `body`.
    private func fastest(_ clock: ContinuousClock, _ body: () -> Void) -> Duration {
        (0..<max(repeats, 1)).map { _ in clock.measure(body) }.min()!
    }

    private func printTable(_ rows: [[String]]) {
        let widths = (0..<rows[0].count).map { column in rows.map { columns($0[column]) }.max() ?? 0 }
        for row in rows {
            let cells = row.enumerated().map { column, cell in
                cell + String(repeating: " ", count: widths[column] - columns(cell))
            }
            print(cells.joined(separator: "  "))
        }
    }

    /// Display columns of the (ASCII or CJK) cells of this table.
    private func columns(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x1100 ? 2 : 1) }
    }

    private func milliseconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        let value = Double(seconds) * 1000 + Double(attoseconds) / 1e15
        return value < 10 ? String(format1: value) : String(Int(value.rounded()))
    }

    private func megabytes(_ bytes: Int) -> String {
        String(format1: Double(bytes) / 1_000_000)
    }
}

extension String {
    /// `value` with one decimal.
    fileprivate init(format1 value: Double) {
        let tenths = Int((value * 10).rounded())
        self = "\(tenths / 10).\(tenths % 10)"
    }
}
