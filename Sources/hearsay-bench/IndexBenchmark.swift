import ArgumentParser
import Foundation
import HearsayIndex
import HearsayModel
import HearsaySearch
import HearsayText

/// `hearsay-bench index DIR`: the persistent index in one process: `list` cold (cache removed) and
/// warm, building the full-text index, and a coverage search's first screen through it. Per-process
/// figures (peak RSS of each command) come from Benchmarks/index.sh. See Benchmarks/INDEX.md.
struct IndexBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Time list (cold and warm) and search's first screen through the persistent index."
    )

    @Argument(help: "Folders or files (e.g. one written by `hearsay-bench generate-corpus`).")
    var paths: [String]

    @Option(help: "The cache folder to use; it is emptied first unless --warm is given.")
    var cacheDir = FileManager.default.temporaryDirectory.appendingPathComponent("hearsay-bench-index-cache").path

    @Flag(help: "Keep the cache folder as it is (skip the cold runs).")
    var warm = false

    @Option(name: .customLong("query"), help: "A query to time (repeatable). Default: a rare, a common and an absent phrase.")
    var queries: [String] = []

    @Option(help: "How many results make the first screen.")
    var firstScreen = 50

    @Flag(inversion: .prefixedNo, help: "Also time all results of each query (parses every candidate).")
    var allResults = true

    @Option(help: "Run each warm timing this many times and report the fastest (the machine may be busy).")
    var repeats = 3

    func run() throws {
        let clock = ContinuousClock()
        let bytes = paths.reduce(0) { $0 + LoadBenchmark.articleBytes(under: $1) }
        say(String(format: "corpus:      %.1f MB", Double(bytes) / 1_048_576))
        if !warm { try? FileManager.default.removeItem(atPath: cacheDir) }

        var listed = (lines: 0, counts: ArticleIndex.Counts())
        if !warm {
            let cold = measured(clock) { listed = listTable() }
            say("list, cold:  \(cold) (\(listed.lines - 1) articles; \(listed.counts))")
        }
        // The first warm run's counts: a later run would hide what the first one read again.
        var firstWarm: ArticleIndex.Counts?
        let warmList = fastest(clock) {
            listed = listTable()
            firstWarm = firstWarm ?? listed.counts
        }
        say("list, warm:  \(warmList) (first run: \(firstWarm ?? listed.counts))")

        let chosen = queries.isEmpty ? ["shows/7555", "开源社区", "Emma Clarke", "不存在的词"] : queries
        var textCounts = ArticleIndex.Counts()
        let textIndex = try measured(clock) {
            textCounts = try IndexedSearch(query: SearchQuery(parsing: chosen[0]), files: ArticleFileList(paths: paths), index: openIndex())
                .counts
        }
        say("text index:  \(textIndex) (the first search: folds and stores what is not indexed yet; \(textCounts))")
        say(String(format: "cache file:  %.1f MB", Double(fileSize(cacheDir + "/" + IndexFormat.fileName)) / 1_048_576))
        say("")
        // As a reader would search: the files refreshed once (at start), not again per query.
        let list = ArticleFileList(paths: paths)
        let index = try openIndex()
        let refreshed = try index.refresh(list.files, pruningUnder: list.folders)
        // The bookkeeping that does not depend on the phrase (final ids, which row is which file):
        // made once per refresh, as the reader would keep it.
        let scope = try IndexedSearch.Scope(files: list, refreshed: refreshed, index: index)
        var rows = [
            ["query", "first \(firstScreen)", "… files refreshed before", "… scope kept", "candidates", "parsed for it", "all", "results"]
        ]
        for text in chosen {
            let query = SearchQuery(parsing: text)
            var candidates = 0
            var parsedForFirst = 0
            let first = try fastest(clock) {
                let search = try IndexedSearch(query: query, files: ArticleFileList(paths: paths), index: openIndex())
                let (corpus, matches) = try search.firstMatches(firstScreen)
                for match in matches {
                    _ = KeywordInContext.line(for: match.match, in: corpus.articles[match.article], width: 80)
                }
            }
            let afterRefresh = try fastest(clock) {
                let search = try IndexedSearch(query: query, files: list, refreshed: refreshed, index: index)
                let (corpus, matches) = try search.firstMatches(firstScreen)
                for match in matches {
                    _ = KeywordInContext.line(for: match.match, in: corpus.articles[match.article], width: 80)
                }
            }
            let onScope = try fastest(clock) {
                let search = IndexedSearch(query: query, scope: scope)
                let (corpus, matches) = try search.firstMatches(firstScreen)
                for match in matches {
                    _ = KeywordInContext.line(for: match.match, in: corpus.articles[match.article], width: 80)
                }
                parsedForFirst = corpus.articles.count
            }
            candidates = try IndexedSearch(query: query, scope: scope).candidateCount
            guard allResults else {
                rows.append([text, first, afterRefresh, onScope, "\(candidates)", "\(parsedForFirst)", "-", "-"])
                continue
            }
            var total = 0
            let all = try fastest(clock) {
                let search = try IndexedSearch(query: query, files: ArticleFileList(paths: paths), index: openIndex())
                let (_, folded) = try search.everything()
                total = CorpusSearcher.allMatches(of: query, in: folded).count
            }
            rows.append([text, first, afterRefresh, onScope, "\(candidates)", "\(parsedForFirst)", all, "\(total)"])
        }
        printTable(rows)
        say("")
        say(String(format: "peak RSS:    %.1f MB (this whole process)", Double(LoadBenchmark.peakResidentKilobytes()) / 1024))
    }

    /// Prints a line at once, not when the buffer fills: a run at 100,000 articles takes minutes.
    private func say(_ line: String) {
        print(line)
        fflush(nil)
    }

    /// What `hearsay list` does with the index: the table's lines (how many), and what the refresh did.
    private func listTable() -> (lines: Int, counts: ArticleIndex.Counts) {
        guard let index = try? openIndex() else { return (0, .init()) }
        let list = ArticleFileList(paths: paths)
        guard let refresh = try? index.refresh(list.files, pruningUnder: list.folders) else { return (0, .init()) }
        let listing = CorpusListing(records: refresh.records, of: list.files, walkDiagnostics: list.diagnostics)
        return (ArticleListing.table(listing.articles, width: { DisplayWidth.of($0) }).count, refresh.counts)
    }

    private func openIndex() throws -> ArticleIndex {
        let opening = ArticleIndex.open(folder: cacheDir)
        guard let index = opening.index else { throw ValidationError(opening.notices.joined(separator: "; ")) }
        return index
    }

    /// "W ms wall, C ms CPU" of one run (CPU: user + system, all threads; steadier on a shared machine).
    private func measured(_ clock: ContinuousClock, _ body: () throws -> Void) rethrows -> String {
        let (wall, cpu) = try timed(clock, body)
        return "\(milliseconds(wall)) ms wall, \(String(format: "%.0f", cpu * 1000)) ms CPU"
    }

    /// `measured` of the run with the least wall time of `repeats`.
    private func fastest(_ clock: ContinuousClock, _ body: () throws -> Void) rethrows -> String {
        var best = (wall: Duration.seconds(1_000_000), cpu: 0.0)
        for _ in 0..<max(repeats, 1) {
            let run = try timed(clock, body)
            if run.wall < best.wall { best = run }
        }
        return "\(milliseconds(best.wall)) ms wall, \(String(format: "%.0f", best.cpu * 1000)) ms CPU"
    }

    private func timed(_ clock: ContinuousClock, _ body: () throws -> Void) rethrows -> (wall: Duration, cpu: Double) {
        let cpuBefore = LoadBenchmark.processorSeconds()
        let wall = try clock.measure(body)
        return (wall, LoadBenchmark.processorSeconds() - cpuBefore)
    }

    private func fileSize(_ path: String) -> Int {
        (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    }

    private func milliseconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        return String(format: "%.1f", Double(seconds) * 1000 + Double(attoseconds) / 1e15)
    }

    private func printTable(_ rows: [[String]]) {
        let widths = (0..<rows[0].count).map { column in rows.map { DisplayWidth.of($0[column]) }.max() ?? 0 }
        for row in rows {
            say(row.enumerated().map { $1 + String(repeating: " ", count: widths[$0] - DisplayWidth.of($1)) }.joined(separator: "  "))
        }
    }
}
