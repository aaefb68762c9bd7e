import ArgumentParser
import Foundation
import HearsayModel
import HearsaySession
import HearsayUI

/// `hearsay-bench frame`: replays a key script through the reader's session loop on an
/// in-memory terminal on a generated ~300 KB transcript and prints the time per frame. See
/// Benchmarks/FRAME.md.
struct FrameBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "frame",
        abstract: "Time per frame (update + render + diff) at a screen size, on a generated large article."
    )

    @Option(help: "Screen width.") var width = 200
    @Option(help: "Screen height.") var height = 60
    @Option(help: "Approximate size of the generated article in KB.") var kilobytes = 300
    @Option(help: "How many times to replay the key script.") var rounds = 5
    @Flag(help: "Send keys back to back: no pause in which the runtime lays out ahead (the worst case).")
    var backToBack = false

    func run() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("hearsay-frame-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("large-interview.md")
        let text = LargeTranscript.text(kilobytes: kilobytes)
        try text.write(to: file, atomically: true, encoding: .utf8)
        let corpus = CorpusLoader().load(paths: [file.path])
        guard let article = corpus.articles.first else { throw ValidationError("the generated article did not load") }
        print(
            "article: \(text.utf8.count / 1024) KB, \(article.blocks.count) blocks, \(article.turns.count) turns, \(article.speakers.count) speakers"
        )

        let size = ScreenSize(width: width, height: height)
        var timings: [Double] = []
        var firstOpen: Double = 0
        var slowest: [(Double, String)] = []
        // A person's pause before each key, in which the loop does the work between keys
        // (laying out ahead; not a frame), unless the keys come back to back.
        let inputs = FrameBenchmark.script(size: size).flatMap { event -> [InMemoryBackend.Input] in
            backToBack ? [.event(event)] : [.pause, .event(event)]
        }
        for round in 0..<rounds {
            // The reader's own loop on an in-memory terminal: update, render, diff, per event.
            let backend = InMemoryBackend(size: size, inputs: inputs)
            var session = Session(backend: backend, renderer: ScreenRenderer()) { size in AppState(corpus: corpus, size: size) }
            _ = session.run()
            for frame in backend.frames {
                if round == 0 && timings.isEmpty { firstOpen = frame.milliseconds }
                timings.append(frame.milliseconds)
                slowest.append((frame.milliseconds, "\(frame.event)"))
                slowest.sort { $0.0 > $1.0 }
                if slowest.count > 16 { slowest.removeLast() }
            }
        }
        timings.sort()
        func percentile(_ p: Double) -> Double { timings[min(timings.count - 1, Int(Double(timings.count) * p))] }
        print(
            "frames: \(timings.count) at \(size) (\(rounds) rounds of \(timings.count / rounds) events), "
                + (backToBack ? "keys back to back" : "keys as typed (layout ahead between keys)"))
        print(String(format: "first frame after opening (layout built): %.3f ms", firstOpen))
        print(String(format: "median %.3f ms   p99 %.3f ms   max %.3f ms", percentile(0.5), percentile(0.99), timings.last ?? 0))
        print("slowest: " + slowest.map { String(format: "%@ %.2f ms", $0.1, $0.0) }.joined(separator: ", "))
    }

    /// Open the article, scroll it, search it, highlight, dialogue view, filter, jumps, help, a
    /// resize and back.
    static func script(size: ScreenSize) -> [Event] {
        var keys: [Key] = [.enter]
        keys += Array(repeating: .character("j"), count: 40)
        keys += Array(repeating: .space, count: 30)
        keys += [.character("G"), .character("g")]
        keys += Array(repeating: .character("]"), count: 10)
        keys += Array(repeating: .control("d"), count: 20)
        // Search as you type (each key searches the whole article), then from match to match.
        keys += [.character("/"), .character("储"), .character("能"), .enter]
        keys += Array(repeating: .character("n"), count: 20) + Array(repeating: .character("N"), count: 5)
        // Reading cursor, a selection, a highlight, the highlights view and back.
        keys += Array(repeating: .character(")"), count: 10)
        keys += [.character("v"), .character(")"), .character(")"), .character("m"), .escape, .character("H"), .character("q")]
        keys += [.character("d")]
        keys += Array(repeating: .character("j"), count: 40)
        keys += Array(repeating: .character("J"), count: 20)
        keys += Array(repeating: .character(">"), count: 20)
        keys += (1...5).map { Key.character(Character(String($0))) }
        keys += [.character("s"), .character("j"), .character("o"), .enter]
        keys += Array(repeating: .character("j"), count: 20)
        keys += [.character("s"), .character("a"), .enter, .character("G"), .pageUp, .pageUp, .character("?"), .escape]
        var events = keys.map(Event.key)
        events.append(.resize(ScreenSize(width: size.width - 40, height: size.height - 10)))
        events += Array(repeating: Event.key(.character("k")), count: 10)
        events.append(.resize(size))
        events += [.key(.escape), .key(.escape)]
        return events
    }
}

/// A long invented interview in the transcript format (lede, 亮点, sections, 详细对话).
enum LargeTranscript {
    static func text(kilobytes: Int) -> String {
        let speakers = ["主持人周明", "Anna Berg", "李海", "David Chen", "嘉宾"]
        let sentences = [
            "我们今天讨论的是海上风电和储能的未来，以及它们对沿海城市的影响。",
            "The cost curve keeps falling, but the grid has to change with it.",
            "如果没有足够的储能，夜间的供电仍然要依靠传统电厂。",
            "Nobody expected the turbines to last this long in salt water.",
            "这件事关乎技术，更关乎规划与监管。",
        ]
        var text = "# 海上风电的十年：一场关于成本、储能与城市的长谈\n\n"
        text += "> 本期节目邀请多位工程师与研究者，讨论海上风电的成本、储能与城市规划。\n\n## 亮点\n"
        for point in 0..<5 { text += "- 要点\(point + 1)：\(sentences[point])\n" }
        text += "\n"
        var section = 0
        while text.utf8.count < kilobytes * 1024 / 2 {
            section += 1
            text += "## 第\(section)部分：成本与储能\n"
            for paragraph in 0..<4 {
                text += (0..<6).map { sentences[($0 + paragraph + section) % sentences.count] }.joined() + "\n\n"
            }
        }
        text += "## 详细对话\n"
        var turn = 0
        while text.utf8.count < kilobytes * 1024 {
            let speaker = speakers[(turn * 7 + turn / 3) % speakers.count]
            text += "\(speaker): " + (0..<(2 + turn % 5)).map { sentences[($0 + turn) % sentences.count] }.joined() + "\n\n"
            turn += 1
        }
        return text
    }
}
