import ArgumentParser
import Foundation
import HearsayModel

/// `hearsay-bench fuzz`: random and mutated inputs through the loader, the layout and what the
/// commands print (`FuzzRun`), counting runs, crashes, timeouts and broken promises.
///
/// The runs happen in a child process (this command again, with `--worker-from`), which reports
/// each finished run; when it dies by a signal, the run it was in is a crash (SIGPROF: a run over
/// `--timeout` seconds of CPU time, so a busy machine does not make hangs), its input is written to
/// `--save`, and a new child carries on after it.
struct FuzzBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fuzz",
        abstract: "Fuzz the loader, layout and command output; print runs and crashes."
    )

    @Option(help: "Number of inputs.") var runs = 1_000
    @Option(help: "Seed of the inputs (the same seed, the same inputs).") var seed: UInt64 = 1
    @Option(help: "Seconds of CPU time one run may take before it counts as a hang.") var timeout = 10
    @Option(help: "Folder of files to mutate besides the built-in samples (e.g. ../shared/seeds).") var seeds: String?
    @Option(help: "Folder the inputs that crashed, hung or broke a promise are written to.") var save: String?
    @Option(help: .hidden) var workerFrom: Int?
    /// Makes the child abort at this run: how the tests see that a crash is counted and passed over.
    @Option(help: .hidden) var abortAt: Int?

    func run() throws {
        let inputs = FuzzInputs(seed: seed, originals: originals())
        if let workerFrom { return work(inputs, from: workerFrom) }

        let started = Date()
        let folder = save ?? FileManager.default.temporaryDirectory.appendingPathComponent("hearsay-fuzz-\(seed)").path
        var crashes: [(Int, String)] = []
        var violations: [(Int, String)] = []
        var next = 0
        var kinds: [FuzzInputs.Kind: Int] = [:]
        while next < runs {
            let (reached, found, signal) = try runWorker(from: next)
            violations += found
            next = reached
            if let signal, next < runs {
                crashes.append((next, signal == SIGPROF ? "timeout (over \(timeout) s of CPU)" : "signal \(signal)"))
                next += 1
            } else if signal == nil, next < runs {
                throw ValidationError("the fuzz worker stopped at run \(next) without a signal")
            }
        }
        for index in 0..<runs { kinds[inputs.input(index).kind, default: 0] += 1 }
        let failed = Set(crashes.map(\.0) + violations.map(\.0))
        if !failed.isEmpty {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            for index in failed.sorted() {
                try Data(inputs.input(index).bytes).write(to: URL(fileURLWithPath: "\(folder)/input-\(index).md"))
            }
        }
        let mix = FuzzInputs.Kind.allCases.map { "\(kinds[$0] ?? 0) \($0.rawValue)" }.joined(separator: ", ")
        print("hearsay-bench fuzz: seed \(seed), \(runs) runs (\(mix)) in \(String(format: "%.1f", Date().timeIntervalSince(started))) s")
        print(
            "crashes: \(crashes.filter { !$0.1.hasPrefix("timeout") }.count), timeouts: \(crashes.filter { $0.1.hasPrefix("timeout") }.count), "
                + "broken promises: \(violations.count)")
        for (index, what) in crashes { print("  run \(index): \(what)") }
        for (index, what) in violations.prefix(20) { print("  run \(index): \(what)") }
        if !failed.isEmpty { print("inputs written to \(folder)/input-N.md") }
    }

    /// Runs a child from `first`; returns the run after the last it finished, the promises broken,
    /// and the signal that ended it (nil when it finished every run).
    private func runWorker(from first: Int) throws -> (Int, [(Int, String)], Int32?) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        process.arguments = Array(CommandLine.arguments.dropFirst()) + ["--worker-from", String(first)]
        // A crash is counted here; the runtime's backtrace of it would only slow the next child.
        process.environment = ProcessInfo.processInfo.environment.merging(["SWIFT_BACKTRACE": "enable=no"]) { $1 }
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        var reached = first
        var violations: [(Int, String)] = []
        for line in output.split(separator: "\n") {
            let parts = line.split(separator: " ", maxSplits: 2).map(String.init)
            guard parts.count >= 2, let index = Int(parts[1]) else { continue }
            if parts[0] == "done" { reached = index + 1 }
            if parts[0] == "broken", parts.count == 3 { violations.append((index, parts[2])) }
        }
        let signal = process.terminationReason == .uncaughtSignal ? process.terminationStatus : nil
        return (reached, violations, signal)
    }

    /// The child: each run under a CPU-time alarm (a hang ends the child by SIGPROF), reported at once.
    private func work(_ inputs: FuzzInputs, from first: Int) {
        for index in first..<runs {
            setCPUAlarm(seconds: timeout)
            if index == abortAt { abort() }
            for problem in Set(FuzzRun.check(inputs.input(index).bytes, index: index)).sorted() {
                FileHandle.standardOutput.write(Data("broken \(index) \(problem)\n".utf8))
            }
            FileHandle.standardOutput.write(Data("done \(index)\n".utf8))
        }
        setCPUAlarm(seconds: 0)
    }

    /// SIGPROF after `seconds` of this process's CPU time (0: never).
    private func setCPUAlarm(seconds: Int) {
        var timer = itimerval()
        timer.it_value.tv_sec = seconds
        setitimer(__itimer_which_t(ITIMER_PROF.rawValue), &timer, nil)
    }

    private func originals() -> [[UInt8]] {
        var files = SampleCorpus.fileNames.compactMap { SampleCorpus.text(named: $0).map { Array($0.utf8) } }
        if let seeds, let names = try? FileManager.default.contentsOfDirectory(atPath: seeds) {
            for name in names.sorted() {
                if let data = FileManager.default.contents(atPath: seeds + "/" + name) { files.append(Array(data)) }
            }
        }
        return files
    }
}
