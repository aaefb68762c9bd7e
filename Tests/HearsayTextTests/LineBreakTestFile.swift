import Foundation
import HearsayText
import Testing

/// Unicode's line break conformance file (`LineBreakTest.txt`, Debian package `unicode-data`):
/// each case is a string of code points with `÷` (break) or `×` (no break) between them.
struct LineBreakTestFile {
    static let path = "/usr/share/unicode/auxiliary/LineBreakTest.txt"
    static var available: Bool { FileManager.default.fileExists(atPath: path) }
    static let skipMessage = Comment(rawValue: "\(path) is missing: install the Debian package unicode-data")

    struct Case {
        var line: Int
        var scalars: [Unicode.Scalar]
        /// Scalar indices (1...count) after which the file says a line may break.
        var breaks: Set<Int>
        var text: String { String(String.UnicodeScalarView(scalars)) }
    }

    static func load() throws -> [Case] {
        let contents = try String(contentsOfFile: path, encoding: .utf8)
        var cases: [Case] = []
        for (number, rawLine) in contents.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let body = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let tokens = body.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard !tokens.isEmpty else { continue }
            var scalars: [Unicode.Scalar] = []
            var breaks = Set<Int>()
            for token in tokens {
                switch token {
                case "÷": if !scalars.isEmpty { breaks.insert(scalars.count) }
                case "×": break
                default: scalars.append(Unicode.Scalar(UInt32(token, radix: 16)!)!)
                }
            }
            cases.append(Case(line: number + 1, scalars: scalars, breaks: breaks))
        }
        return cases
    }

    /// The scalar indices after which `breaker` finds an opportunity in `testCase`.
    static func breaks(of testCase: Case, with breaker: LineBreaker) -> Set<Int> {
        var scalarIndexAfterByte: [Int: Int] = [:]
        var offset = 0
        for (index, scalar) in testCase.scalars.enumerated() {
            offset += String(scalar).utf8.count
            scalarIndexAfterByte[offset] = index + 1
        }
        return Set(breaker.opportunities(in: testCase.text).compactMap { scalarIndexAfterByte[$0.offset] })
    }
}
