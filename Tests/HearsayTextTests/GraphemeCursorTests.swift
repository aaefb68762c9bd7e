import Foundation
import HearsayTesting
import Testing

@testable import HearsayText

/// `GraphemeBoundary.Cursor` answers as Swift does, in linear time on long clusters and runs of
/// flag halves (issue 17, item 3; the combining run was found by `hearsay-bench fuzz`).
struct GraphemeCursorTests {
    static let samples = [
        "🇦🇨🇳🇯🇵 x 🇨🇳🇺🇸", "a\u{301}\u{302}\u{303}b", "\u{301}\u{301}\u{301}", "👨‍👩‍👧‍👦 ok", "a\r\nb\n\rc",
        "\u{1100}\u{1161}\u{11A8}한", "中文，标点。DeepSeek", "🇨🇳\u{301}🇯", "e\u{301}🇦🇨\u{200D}🇳", "",
    ]

    /// Swift's answer, the slow way.
    static func naiveBoundary(atOrBefore offset: Int, in text: String) -> Int {
        var candidate = min(max(offset, 0), text.utf8.count)
        while !GraphemeBoundary.isBoundary(candidate, in: text) { candidate -= 1 }
        return candidate
    }

    @Test func agreesWithSwiftAtEveryOffsetInOrder() {
        for text in Self.samples {
            var cursor = GraphemeBoundary.Cursor(text: text)
            for offset in 0...text.utf8.count {
                #expect(cursor.isBoundary(offset) == GraphemeBoundary.isBoundary(offset, in: text), "\(text.debugDescription) at \(offset)")
                #expect(
                    cursor.boundary(atOrBefore: offset) == Self.naiveBoundary(atOrBefore: offset, in: text),
                    "\(text.debugDescription) at \(offset)")
            }
        }
    }

    @Test func agreesWithSwiftInAnyOrder() {
        var random = SystemRandomNumberGenerator()
        for text in Self.samples where !text.isEmpty {
            var cursor = GraphemeBoundary.Cursor(text: text)
            for _ in 0..<200 {
                let offset = Int.random(in: 0...text.utf8.count, using: &random)
                #expect(
                    cursor.boundary(atOrBefore: offset) == Self.naiveBoundary(atOrBefore: offset, in: text),
                    "\(text.debugDescription) at \(offset)")
            }
        }
    }

    /// A style edge at every combining mark of one long cluster: four times the marks take about
    /// four times this thread's CPU time (16× would be quadratic; it was cubic), fastest of five.
    @Test func stylesInsideALongClusterWrapInLinearTime() {
        func fastest(_ marks: Int) -> Double {
            let text = "a" + String(repeating: "\u{301}", count: marks)
            let styles = stride(from: 1, to: text.utf8.count, by: 2).map { ($0..<($0 + 2), TextStyle.body) }
            return (0..<5).map { _ in
                let start = ThreadClock.nanoseconds()
                _ = LineWrapper().wrap(text: text, styles: styles, width: 40).count
                return Double(ThreadClock.nanoseconds() - start)
            }.min()!
        }
        _ = fastest(200)
        let single = fastest(2_000)
        let quadruple = fastest(8_000)
        #expect(quadruple / single < 8, "2,000 marks: \(single / 1e6) ms, 8,000: \(quadruple / 1e6) ms")
    }
}
