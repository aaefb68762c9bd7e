import ArgumentParser

/// `hearsay-bench`: the benchmarks and the corpus generator, apart from the shipping `hearsay`
/// (Benchmarks/README.md and the figures beside it).
@main
struct HearsayBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hearsay-bench",
        abstract: "Benchmarks of hearsay (see Benchmarks/).",
        subcommands: [
            GenerateCorpusBenchmark.self, LoadBenchmark.self, LayoutBenchmark.self, FrameBenchmark.self, SearchBenchmark.self,
            QuoteBenchmark.self, FuzzBenchmark.self, IndexBenchmark.self,
            SearchUIBenchmark.self, PeopleBenchmark.self, ReaderSearchBenchmark.self,
        ]
    )
}
