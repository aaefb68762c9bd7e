import ArgumentParser
import Dispatch
import Foundation
import HearsayModel

/// `hearsay-bench quotes DIR`: what quote attribution adds to loading. Loads the folder with and
/// without it, alternately, in one process, and prints each run's wall and CPU time. See Benchmarks/LOAD.md.
struct QuoteBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "Load a folder with and without quote attribution, alternately, and print the times."
    )

    @Argument(help: "Folders or files to load (e.g. one written by `hearsay-bench generate-corpus`).")
    var paths: [String]

    @Option(help: "Loads of each kind.")
    var runs = 3

    func run() throws {
        var times: [Bool: [(wall: Double, cpu: Double)]] = [false: [], true: []]
        var quotes = 0
        for run in 0..<runs {
            // Alternate which goes first, so that neither always meets a warmer allocator.
            for attributes in run % 2 == 0 ? [false, true] : [true, false] {
                let cpuBefore = LoadBenchmark.processorSeconds()
                let start = DispatchTime.now().uptimeNanoseconds
                let corpus = CorpusLoader(parser: ArticleParser(attributesQuotes: attributes)).load(paths: paths)
                let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
                times[attributes]!.append((wall, LoadBenchmark.processorSeconds() - cpuBefore))
                if attributes { quotes = corpus.articles.reduce(0) { $0 + $1.quotes.count } }
                print(
                    String(
                        format: "%@  wall %.3f s  CPU %.3f s  (%d articles)", attributes ? "with quotes:   " : "without quotes:",
                        wall, times[attributes]!.last!.cpu, corpus.articles.count))
            }
        }
        func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
        for attributes in [false, true] {
            print(
                String(
                    format: "median %@  wall %.3f s  CPU %.3f s", attributes ? "with quotes:   " : "without quotes:",
                    median(times[attributes]!.map(\.wall)), median(times[attributes]!.map(\.cpu))))
        }
        print("quotes found: \(quotes)")
    }
}
