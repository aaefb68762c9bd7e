import ArgumentParser
import Dispatch
import Foundation
import HearsayModel

/// `hearsay-bench load DIR`: loads a folder (read, decode, parse, index on all cores) and prints
/// files, MB, wall time, MB/s and peak resident memory. See Benchmarks/LOAD.md.
struct LoadBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "load",
        abstract: "Load a folder and print files, MB, wall time, MB/s and peak RSS."
    )

    @Argument(help: "Folders or files to load (e.g. one written by `hearsay-bench generate-corpus`).")
    var paths: [String]

    func run() throws {
        let bytes = paths.reduce(0) { $0 + Self.articleBytes(under: $1) }
        let baseline = Self.peakResidentKilobytes()
        let cpuBefore = Self.processorSeconds()
        let start = DispatchTime.now().uptimeNanoseconds
        let corpus = CorpusLoader().load(paths: paths)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let cpuSeconds = Self.processorSeconds() - cpuBefore
        let peak = Self.peakResidentKilobytes()
        let megabytes = Double(bytes) / 1_048_576
        let turns = corpus.articles.reduce(0) { $0 + $1.turns.count }
        let blocks = corpus.articles.reduce(0) { $0 + $1.blocks.count }
        print("files:       \(corpus.articles.count) articles (\(corpus.diagnostics.count) diagnostics)")
        print("blocks:      \(blocks), turns: \(turns), speakers: \(UtteranceIndex(corpus: corpus).entries.count)")
        print(String(format: "size:        %.1f MB", megabytes))
        print(String(format: "wall time:   %.3f s", seconds))
        print(String(format: "throughput:  %.1f MB/s", megabytes / seconds))
        // CPU time (user + system, all threads): steadier than wall time when other work shares the cores.
        print(String(format: "CPU time:    %.3f s (%.2f cores busy on average)", cpuSeconds, cpuSeconds / seconds))
        print(
            String(
                format: "peak RSS:    %.1f MB (%.1f MB before loading; %.2f× the corpus)",
                Double(peak) / 1024, Double(baseline) / 1024, Double(peak) / 1024 / max(megabytes, 0.001)))
        withExtendedLifetime(corpus) {}
    }

    /// Total size of the article files under `path` (measured before the timed load).
    static func articleBytes(under path: String) -> Int {
        let extensions: Set<String> = ["txt", "md", "markdown"]
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return 0 }
        guard isFolder.boolValue else { return (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0 }
        var total = 0
        let enumerator = FileManager.default.enumerator(
            at: URL(fileURLWithPath: path), includingPropertiesForKeys: [.fileSizeKey],
            options: [.skipsHiddenFiles])
        while let url = enumerator?.nextObject() as? URL {
            if extensions.contains(url.pathExtension.lowercased()) {
                total += (try? url.resourceValues(forKeys: [.fileSizeKey]).fileSize) ?? 0
            }
        }
        return total
    }

    /// User plus system time of this process so far, in seconds.
    static func processorSeconds() -> Double {
        var usage = rusage()
        #if os(macOS)
        getrusage(RUSAGE_SELF, &usage)
        #else
        getrusage(RUSAGE_SELF.rawValue, &usage)
        #endif
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    /// `getrusage`'s peak resident set size, in kilobytes (Linux reports kilobytes, macOS bytes).
    static func peakResidentKilobytes() -> Int {
        var usage = rusage()
        #if os(macOS)
        getrusage(RUSAGE_SELF, &usage)
        return usage.ru_maxrss / 1024
        #else
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss
        #endif
    }
}
