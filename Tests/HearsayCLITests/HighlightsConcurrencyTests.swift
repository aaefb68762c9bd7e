import Foundation
import Testing

@Suite("Two hearsay processes on one database", .enabled(if: HearsayBinary.available, Comment(rawValue: HearsayBinary.skipMessage)))
struct HighlightsConcurrencyTests {
    @Test("two processes saving at the same time both succeed and every highlight is kept")
    func twoWriters() throws {
        let cli = try HighlightsCLI()
        defer { cli.remove() }
        let children = (0..<2).map { index in
            cli.process([
                "highlights", "_confirm-loop", "--count", "2000", "--article", "writer-\(index)",
                "--state-dir", cli.stateDirectory,
            ])
        }
        let outputs = children.map { _ in Pipe() }
        for (child, output) in zip(children, outputs) {
            child.standardOutput = output
            child.standardError = output
            try child.run()
        }
        let texts = outputs.map { String(decoding: $0.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self) }
        for child in children { child.waitUntilExit() }
        #expect(children.map(\.terminationStatus) == [0, 0], "\(texts)")
        #expect(texts.map { $0.split(separator: "\n").count } == [2000, 2000])

        for index in 0..<2 {
            let list = try cli.run([
                "highlights", "list", "--article", "writer-\(index)", "--state-dir",
                cli.stateDirectory, cli.emptyCorpus.path,
            ])
            #expect(list.stdout.split(separator: "\n").count == 2000)
        }
    }
}
