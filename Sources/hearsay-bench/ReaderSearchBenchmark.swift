import ArgumentParser
import Foundation
import HearsayIndex
import HearsayModel
import HearsaySearch
import HearsaySession
import HearsayUI

/// `hearsay-bench reader-search DIR`: the reader's coverage search (`F`, the phrase, Enter) and
/// list filter (`/`, the phrase) driven through the UI core over a loaded corpus, with the index's
/// candidates (`IndexCandidateSource`) and without (every article folded in pauses): the time from
/// Enter (the last key) to the first screen of results. See Benchmarks/INDEX.md.
struct ReaderSearchBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reader-search",
        abstract: "Time the reader's first screen of coverage results and list filter, with and without the index."
    )

    @Argument(help: "Folders or files (e.g. one written by `hearsay-bench generate-corpus`).")
    var paths: [String]

    @Option(help: "The cache folder (kept: a warm index makes the fill a freshness check).")
    var cacheDir = FileManager.default.temporaryDirectory.appendingPathComponent("hearsay-bench-index-cache").path

    @Option(name: .customLong("query"), help: "A phrase to time (repeatable).")
    var queries: [String] = []

    @Flag(inversion: .prefixedNo, help: "Also time the searches without the index (folding the corpus as it goes).")
    var plain = true

    @Option(help: "Run each timing with the index this many times and report the fastest (the machine may be busy).")
    var repeats = 3

    func run() throws {
        let clock = ContinuousClock()
        var corpus = Corpus(articles: [])
        say(
            "load:        \(Self.measured(clock) { corpus = CorpusLoader().load(paths: paths) }) (\(corpus.articles.count) articles, as the reader holds them)"
        )
        guard let index = ArticleIndex.open(folder: cacheDir).index else { throw ValidationError("cannot open the cache in \(cacheDir)") }
        let source = IndexCandidateSource(index: index, paths: paths)
        var report = IndexCandidateSource.FillReport()
        say("fill:        \(try Self.measured(clock) { report = try source.fill() }) (\(report))")
        guard source.isReady else { throw ValidationError("the index is not usable") }
        let probe = SearchQuery(parsing: "probe")
        say(
            "rows mapped: \(Self.measured(clock) { _ = source.pager(for: probe, in: corpus, generation: 0) }) (once per corpus generation)"
        )
        do {
            var state = AppState(corpus: corpus, size: ScreenSize(width: 200, height: 50))
            state.environment.candidateSource = source
            var app = SearchUIBenchmark.session(state)
            app.deliver(.key(.character("/")))
            say(
                "metadata:    \(Self.measured(clock) { while app.state.hasSearchWork { app.deliver(.idle) } }) (the list filter's metadata table, in the pauses after /)"
            )
        }
        say(String(format: "peak RSS so far: %.0f MB", Double(LoadBenchmark.peakResidentKilobytes()) / 1024))
        say("Searches typed at once (no pause before the last key, Enter for F): the last key and the work until the screen is full")
        say("")

        let chosen = queries.isEmpty ? ["shows/7555", "开源社区", "Emma Clarke", "开源", "不存在的词"] : queries
        var rows = [["search", "first screen, index", "articles folded", "pages asked", "matches shown", "first screen, no index"]]
        for phrase in chosen {
            for purpose in [SearchPrompt.Purpose.coverage, .listFilter] {
                var outcome = Outcome(time: .seconds(1_000_000))
                for _ in 0..<max(repeats, 1) {
                    let run = firstScreen(phrase, purpose: purpose, corpus: corpus, source: source)
                    if run.time < outcome.time { outcome = run }
                }
                var without = "-"
                if plain { without = Self.described(firstScreen(phrase, purpose: purpose, corpus: corpus, source: nil)) }
                rows.append([
                    (purpose == .coverage ? "F " : "/ ") + phrase, Self.described(outcome),
                    "\(outcome.folded)", "\(outcome.pages)", "\(outcome.shown)", without,
                ])
            }
        }
        for row in rows { say(row.joined(separator: "  |  ")) }
        say(String(format: "peak RSS: %.0f MB", Double(LoadBenchmark.peakResidentKilobytes()) / 1024))
    }

    struct Outcome {
        var time = Duration.zero
        /// CPU time of all threads over the same span as `time`, and of the loop's thread alone.
        var cpu = 0.0
        var ownCPU = 0.0
        var folded = 0
        var pages = 0
        var shown = 0
    }

    /// The prompt opened and `phrase` typed at once (no pause: nothing folded meanwhile), then the
    /// last key (Enter for `F`, the last character for `/`) and the work between keys until the
    /// screen is full (or the search finished): how long that took.
    private func firstScreen(_ phrase: String, purpose: SearchPrompt.Purpose, corpus: Corpus, source: IndexCandidateSource?) -> Outcome {
        let clock = ContinuousClock()
        var state = AppState(corpus: corpus, size: ScreenSize(width: 200, height: 50))
        state.environment.candidateSource = source
        var app = SearchUIBenchmark.session(state)
        let screenRows = state.size.height - 3
        app.deliver(.key(.character(purpose == .coverage ? "F" : "/")))
        var typed = Array(phrase)
        let last: Key
        if purpose == .coverage {
            last = .enter
        } else {
            last = .character(typed.removeLast())
        }
        for character in typed { app.deliver(.key(.character(character))) }
        func full(_ state: AppState) -> Bool {
            if purpose == .coverage {
                guard let results = state.search.results else { return true }
                return results.isFinished || results.rows.count >= screenRows
            }
            guard let filter = state.search.listFilter else { return true }
            return filter.isFinished || filter.kept.count >= screenRows
        }
        let cpu = LoadBenchmark.processorSeconds()
        let ownCPU = Self.threadSeconds()
        let time = clock.measure {
            app.deliver(.key(last))
            while !full(app.state) && app.state.hasSearchWork { app.deliver(.idle) }
        }
        let cpuUsed = LoadBenchmark.processorSeconds() - cpu
        let ownCPUUsed = Self.threadSeconds() - ownCPU
        let candidates = purpose == .coverage ? app.state.search.results?.candidates : app.state.search.listFilter?.candidates
        let shown = purpose == .coverage ? app.state.search.results?.matches.count ?? 0 : app.state.search.listFilter?.kept.count ?? 0
        return Outcome(
            time: time, cpu: cpuUsed, ownCPU: ownCPUUsed, folded: candidates?.foldedCount ?? 0,
            pages: candidates?.candidates.pagesAsked ?? 0, shown: shown)
    }

    private func say(_ line: String) {
        print(line)
        fflush(nil)
    }

    private static func measured(_ clock: ContinuousClock, _ body: () throws -> Void) rethrows -> String {
        let cpu = LoadBenchmark.processorSeconds()
        let wall = try clock.measure(body)
        return "\(milliseconds(wall)) ms wall, \(cpuMilliseconds(LoadBenchmark.processorSeconds() - cpu)) ms CPU"
    }

    static func milliseconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        return String(format: "%.1f", Double(seconds) * 1000 + Double(attoseconds) / 1e15)
    }

    /// `12.3 ms wall, 10 ms CPU (loop thread), 14 ms CPU (all threads)`.
    static func described(_ outcome: Outcome) -> String {
        "\(milliseconds(outcome.time)) ms wall, \(cpuMilliseconds(outcome.ownCPU)) ms CPU (loop thread), "
            + "\(cpuMilliseconds(outcome.cpu)) ms CPU (all threads)"
    }

    static func cpuMilliseconds(_ seconds: Double) -> String { String(format: "%.0f", seconds * 1000) }

    /// CPU time of the calling thread (the loop's), in seconds.
    static func threadSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }
}
