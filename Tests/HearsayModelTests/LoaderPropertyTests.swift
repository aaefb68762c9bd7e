import Foundation
import HearsayModel
import HearsayTesting
import PropertyBased
import Testing

/// The loader never crashes or hangs, whatever the bytes, and what it builds is always consistent.
@Suite(.timeLimit(.minutes(2)))
struct LoaderPropertyTests {
    /// Real inputs to mutate: the seeds when they are beside the checkout, else the built-in samples.
    static let originals: [[UInt8]] = {
        let seeds = Seeds.available ? Seeds.files.compactMap { try? Array(Data(contentsOf: $0)) } : []
        let samples = SampleCorpus.fileNames.compactMap { SampleCorpus.text(named: $0).map { Array($0.utf8) } }
        return seeds + samples
    }()

    /// Fragments that steer mutations toward the parser's decisions.
    static let fragments: [[UInt8]] =
        [
            "**", "*", "_", "***", "[", "](", ")", "![", "\n", "\r\n", "\r", "---\n", "\n## 详细对话\n", "\n## 亮点\n- ", ": ", "：",
            "**甲**: ", "[00:01:02] ", "（笑声）", "# ", "> ", "- ", "\u{FEFF}", "。", "“", "”", "\\", "\t", "\u{0}",
        ].map { Array($0.utf8) } + [[0xFF], [0xE4, 0xB8], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80]]

    static func mutate(_ original: [UInt8], with operations: [UInt64]) -> [UInt8] {
        var bytes = original
        for operation in operations {
            let position = bytes.isEmpty ? 0 : Int((operation >> 8) % UInt64(bytes.count + 1))
            let argument = Int(operation >> 40)
            switch operation % 6 {
            case 0: bytes.insert(UInt8(truncatingIfNeeded: argument), at: position)
            case 1: if position < bytes.count { bytes[position] = UInt8(truncatingIfNeeded: argument) }
            case 2: bytes.removeSubrange(position..<min(bytes.count, position + argument % 64))
            case 3: bytes.insert(contentsOf: fragments[argument % fragments.count], at: position)
            case 4:
                let end = min(bytes.count, position + argument % 200)
                bytes.insert(contentsOf: bytes[position..<end], at: end)
            default: bytes = Array(bytes[..<position])
            }
        }
        return bytes
    }

    /// Invariants every parsed article keeps.
    static func checkConsistency(_ result: ParseResult) {
        guard let article = result.article else {
            #expect(!result.diagnostics.isEmpty)
            return
        }
        for block in article.blocks {
            var expectedStart = 0
            for span in block.spans {
                #expect(span.range.lowerBound == expectedStart)
                #expect(!span.range.isEmpty)
                expectedStart = span.range.upperBound
            }
            #expect(expectedStart == block.text.utf8.count)
            switch block.kind {
            case .turn(let speaker), .turnContinuation(let speaker): #expect(article.speakers.indices.contains(speaker))
            default: break
            }
        }
        for turn in article.turns {
            #expect(turn.blocks.lowerBound >= 0 && turn.blocks.upperBound <= article.blocks.count && !turn.blocks.isEmpty)
            #expect(article.blocks[turn.blocks.lowerBound].kind == .turn(speaker: turn.speaker))
        }
        for section in article.sections {
            guard case .heading = article.blocks[section.blockIndex].kind else {
                Issue.record("section \(section.title) does not point at a heading")
                continue
            }
        }
    }

    @Test func randomBytesNeverCrash() async {
        await propertyCheck(count: 300, input: Gen.uint8().array(of: 0...3000)) { bytes in
            Self.checkConsistency(CorpusLoader().load(bytes: bytes, id: "random.md", file: "random.md"))
        }
    }

    @Test func randomTextNeverCrashes() async {
        // Bytes drawn from the fragments the parser cares about, so structure appears often.
        let pieces = Gen.int(in: 0..<Self.fragments.count).array(of: 0...400)
        await propertyCheck(count: 300, input: pieces, Gen.uint8().array(of: 0...50)) { indices, filler in
            var bytes: [UInt8] = []
            for (offset, index) in indices.enumerated() {
                bytes += Self.fragments[index]
                if !filler.isEmpty { bytes += Array("词\(filler[offset % filler.count])".utf8) }
            }
            Self.checkConsistency(CorpusLoader().load(bytes: bytes, id: "fragments.md", file: "fragments.md"))
        }
    }

    @Test func mutatedRealFilesNeverCrash() async {
        let originals = Self.originals
        await propertyCheck(count: 300, input: Gen.int(in: 0..<originals.count), Gen.uint64().array(of: 1...30)) { which, operations in
            let bytes = Self.mutate(originals[which], with: operations)
            Self.checkConsistency(CorpusLoader().load(bytes: bytes, id: "mutated.md", file: "mutated.md"))
        }
    }

    @Test func pathologicalMarkupStaysFast() {
        // Quadratic traps: thousands of unmatched openers and closers on one line.
        let lines = [
            String(repeating: "a* ", count: 20_000), String(repeating: "**a ", count: 20_000), String(repeating: "[x", count: 20_000),
            String(repeating: "_a_ b_", count: 10_000), String(repeating: "![", count: 20_000), String(repeating: "](", count: 20_000),
        ]
        let start = Date()
        for line in lines {
            Self.checkConsistency(CorpusLoader().load(bytes: Array(line.utf8), id: "trap.md", file: "trap.md"))
        }
        // Generous: linear work is milliseconds; a quadratic path would take minutes.
        #expect(Date().timeIntervalSince(start) < 20)
    }
}
