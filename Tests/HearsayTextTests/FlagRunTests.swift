import Foundation
import HearsayTesting
import HearsayText
import Testing

/// A line of regional indicators (flag halves) wraps in pairs and in linear time (issue 17, item 3).
struct FlagRunTests {
    static let flags = "🇨🇳🇯🇵🇺🇸"

    @Test func flagsAreNeverSplitWhateverTheRunBefore() {
        // An indicator more first: it pairs with the next, and so on (🇦🇨 🇳🇯 🇵🇺 🇸).
        #expect(WrapTesting.lines("🇦" + Self.flags, width: 5) == ["🇦🇨🇳🇯", "🇵🇺🇸"])
        #expect(WrapTesting.lines(Self.flags + Self.flags, width: 4) == ["🇨🇳🇯🇵", "🇺🇸🇨🇳", "🇯🇵🇺🇸"])
        #expect(WrapTesting.lines("甲" + Self.flags + "乙", width: 6) == ["甲🇨🇳🇯🇵", "🇺🇸乙"])
    }

    @Test func everyLineOfALongRunHoldsWholeFlags() {
        let halves = 2_001
        let lines = WrapTesting.lines(String(repeating: "🇦", count: halves), width: 7)
        #expect(lines.map { $0.unicodeScalars.count }.reduce(0, +) == halves)
        // The first indicator pairs with the second, and so on: every line but the last is even.
        #expect(lines.dropLast().allSatisfy { $0.unicodeScalars.count == 6 })
        #expect(lines.last?.unicodeScalars.count == halves % 6)
    }

    /// Wrapping four times the indicators takes about four times the time: 16× (quadratic) is far
    /// outside the generous bound of 8×. Measured as this thread's CPU time, the fastest of five runs, so other
    /// processes on a busy machine do not decide.
    @Test func wrappingTimeGrowsLinearly() {
        func fastest(_ halves: Int) -> Double {
            let text = String(repeating: "🇦", count: halves)
            return (0..<5).map { _ in
                let start = ThreadClock.nanoseconds()
                _ = LineWrapper().wrap(text: text, width: 80).count
                return Double(ThreadClock.nanoseconds() - start)
            }.min()!
        }
        _ = fastest(1_000)
        let single = fastest(8_000)
        let quadruple = fastest(32_000)
        #expect(quadruple / single < 8, "8,000 halves: \(single / 1e6) ms, 32,000: \(quadruple / 1e6) ms")
    }
}
