import Foundation
import Testing

@Suite("Crash safety of saved highlights", .enabled(if: HearsayBinary.available, Comment(rawValue: HearsayBinary.skipMessage)))
struct HighlightsCrashTests {
    @Test("kill -9 while saving leaves every confirmed highlight in an intact database")
    func killDuringSaves() throws {
        let cli = try HighlightsCLI()
        defer { cli.remove() }
        // The child saves highlights in a loop and prints `confirmed <id>` after each commit.
        let child = cli.process([
            "highlights", "_confirm-loop", "--count", "1000000", "--state-dir",
            cli.stateDirectory,
        ])
        let out = Pipe()
        child.standardOutput = out
        child.standardError = FileHandle.nullDevice
        try child.run()
        var buffer = Data()
        var confirmed: [String] = []
        while confirmed.count < 200 {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }  // the child ended early: the expectations below will say so
            buffer.append(chunk)
            let text = String(decoding: buffer, as: UTF8.self)
            confirmed = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
                .filter { $0.hasPrefix("confirmed ") }.map { String($0.dropFirst("confirmed ".count)) }
        }
        // Kill mid-stream: the child is between (or inside) saves right now.
        kill(child.processIdentifier, SIGKILL)
        child.waitUntilExit()
        #expect(child.terminationReason == .uncaughtSignal && child.terminationStatus == SIGKILL)
        // Lines that arrived with the last chunk count too: each was printed after its commit.
        let text = String(decoding: buffer + out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let allConfirmed = text.split(separator: "\n").filter { $0.hasPrefix("confirmed ") && $0.count == 46 }
            .map { String($0.dropFirst("confirmed ".count)) }
        #expect(allConfirmed.count >= 200)

        let list = try cli.run([
            "highlights", "list", "--json", "--state-dir", cli.stateDirectory,
            cli.emptyCorpus.path,
        ])
        #expect(list.status == 0, "\(list.stderr)")
        let items = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        let stored = Set(items.compactMap { $0["id"] as? String })
        let missing = allConfirmed.filter { !stored.contains($0) }
        #expect(missing.isEmpty, "confirmed but lost: \(missing)")
        // At most the one save in flight when killed may be stored without its confirmation.
        #expect(stored.count - allConfirmed.count <= 1)
    }
}
