import Foundation
import HearsayModel
import Testing

/// The turn fixture corpus in `Tests/Fixtures/turns`: invented transcripts, interviews and decoys (zh-Hans,
/// zh-Hant, ja, en), each `NAME.md` beside `NAME.turns`, its exact turn list, one turn a line:
/// `speaker | first words`, or `speaker [label] | first words` when the turn's label is written otherwise
/// (`记者 [记] | …`). An empty `.turns` file: the file has no turns.
struct TurnFixture: Sendable, CustomTestStringConvertible {
    struct ExpectedTurn: Sendable, Hashable {
        var speaker: String
        var label: String
        var firstWords: String
    }

    var name: String
    var text: String
    var expected: [ExpectedTurn]

    var testDescription: String { name }

    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/turns")

    static let all: [TurnFixture] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".md") }.sorted().map { name in
            let text = (try? String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)) ?? ""
            let turnsName = String(name.dropLast(3)) + ".turns"
            let turns = (try? String(contentsOf: directory.appendingPathComponent(turnsName), encoding: .utf8)) ?? "missing | .turns file"
            return TurnFixture(name: name, text: text, expected: turns.split(separator: "\n").map(parse))
        }
    }()

    static func parse(_ line: Substring) -> ExpectedTurn {
        let parts = line.components(separatedBy: " | ")
        var speaker = parts[0]
        var label = speaker
        if speaker.hasSuffix("]"), let open = speaker.range(of: " [", options: .backwards) {
            label = String(speaker[open.upperBound...].dropLast())
            speaker = String(speaker[..<open.lowerBound])
        }
        return ExpectedTurn(speaker: speaker, label: label, firstWords: parts.dropFirst().joined(separator: " | "))
    }

    func article() -> Article? {
        ArticleParser().parse(text, id: name).article
    }

    /// The article's turns written as the `.turns` file writes them, each cut to the length of the expected
    /// turn at its place (so that a list that matches compares equal line for line).
    func actualLines(_ article: Article) -> [String] {
        article.turns.enumerated().map { index, turn in
            let speaker = article.speakers[turn.speaker].name
            let label = turn.label ?? speaker
            let words = article.words(of: turn).replacingOccurrences(of: "\n", with: "")
            let length = index < expected.count ? expected[index].firstWords.count : 12
            return TurnFixture.line(speaker: speaker, label: label, words: String(words.prefix(length)))
        }
    }

    var expectedLines: [String] {
        expected.map { TurnFixture.line(speaker: $0.speaker, label: $0.label, words: $0.firstWords) }
    }

    static func line(speaker: String, label: String, words: String) -> String {
        label == speaker ? "\(speaker) | \(words)" : "\(speaker) [\(label)] | \(words)"
    }
}

/// Precision and recall of turn attribution: a found turn is right when an expected turn of the same file has
/// the same speaker and the found turn's words start with the expected first words (each expected turn counts
/// once, in order).
struct TurnAttributionScore: CustomStringConvertible {
    var found = 0
    var expected = 0
    var right = 0

    static func of(_ fixtures: [TurnFixture]) -> TurnAttributionScore {
        var score = TurnAttributionScore()
        for fixture in fixtures {
            guard let article = fixture.article() else { continue }
            score.found += article.turns.count
            score.expected += fixture.expected.count
            var next = 0
            for turn in article.turns {
                let speaker = article.speakers[turn.speaker].name
                let words = article.words(of: turn).replacingOccurrences(of: "\n", with: "")
                if let match = fixture.expected[next...].firstIndex(where: { $0.speaker == speaker && words.hasPrefix($0.firstWords) }) {
                    score.right += 1
                    next = match + 1
                }
            }
        }
        return score
    }

    var precision: Double { found == 0 ? 1 : Double(right) / Double(found) }
    var recall: Double { expected == 0 ? 1 : Double(right) / Double(expected) }

    var description: String {
        String(
            format: "precision %.3f (%d of %d turns found are right), recall %.3f (%d of %d expected turns found)",
            precision, right, found, recall, right, expected)
    }
}
