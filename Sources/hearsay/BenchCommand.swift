import ArgumentParser

/// Benchmarks and the corpus generator: hidden from `--help`, documented in Benchmarks/README.md.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Benchmarks (see Benchmarks/README.md).",
        shouldDisplay: false,
        subcommands: [GenerateCorpusBenchmark.self, LoadBenchmark.self, LayoutBenchmark.self, FrameBenchmark.self, SearchBenchmark.self,
                      SearchUIBenchmark.self, IndexBenchmark.self]
    )
}
