import HearsayTesting
import HearsayText
import Testing

/// A line of many URLs wraps in linear time, each URL still kept whole (found by the fuzzer:
/// every opportunity was checked against every URL of the chunk).
struct URLRunTests {
    @Test func urlsAreKeptWholeAmongMany() {
        let text = String(repeating: "见 http://a.cn/x/y ", count: 3)
        #expect(WrapTesting.lines(text, width: 16) == ["见", "http://a.cn/x/y", "见", "http://a.cn/x/y", "见", "http://a.cn/x/y"])
    }

    /// Four times the URLs take about four times this thread's CPU time (16× would be quadratic).
    @Test func wrappingTimeGrowsLinearly() {
        func fastest(_ count: Int) -> Double {
            let text = String(repeating: "\u{1B}]8;;http://x\u{07}]", count: count)
            return (0..<5).map { _ in
                let start = ThreadClock.nanoseconds()
                _ = LineWrapper().wrap(text: text, width: 80).count
                return Double(ThreadClock.nanoseconds() - start)
            }.min()!
        }
        _ = fastest(200)
        let single = fastest(2_000)
        let quadruple = fastest(8_000)
        #expect(quadruple / single < 8, "2,000 URLs: \(single / 1e6) ms, 8,000: \(quadruple / 1e6) ms")
    }
}
