import Foundation
import HearsayTesting
import Testing

/// `hearsay-bench fuzz`: counts runs and crashes, and carries on after a crash.
@Suite(.enabled(if: HearsayBinary.available, Comment(rawValue: HearsayBinary.skipMessage)))
struct FuzzCommandTests {
    @Test func aCrashIsCountedItsInputKeptAndTheRestRun() throws {
        let folder = try FixtureFolder(files: [:])
        let output = try HostileRun(scratch: folder.path).runBenchmark(
            ["fuzz", "--runs", "8", "--seed", "3", "--abort-at", "2", "--save", folder.path + "/saved"])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.lines.count >= 3)
        #expect(output.lines.first?.hasPrefix("hearsay-bench fuzz: seed 3, 8 runs (") == true)
        #expect(output.lines.dropFirst().first == "crashes: 1, timeouts: 0, broken promises: 0")
        #expect(output.lines.contains("  run 2: signal 6"))
        #expect(output.lines.last == "inputs written to \(folder.path)/saved/input-N.md")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path + "/saved") == ["input-2.md"])
    }

    @Test func aCleanRunReportsNoCrash() throws {
        let folder = try FixtureFolder(files: [:])
        let output = try HostileRun(scratch: folder.path).runBenchmark(["fuzz", "--runs", "25", "--seed", "11"])
        #expect(output.lines.dropFirst() == ["crashes: 0, timeouts: 0, broken promises: 0"])
    }
}
