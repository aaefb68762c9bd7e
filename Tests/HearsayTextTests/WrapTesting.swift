import HearsayText

/// Helpers for wrapping tests: lines as plain strings.
enum WrapTesting {
    static func lines(
        _ text: String, width: Int, firstIndent: Int = 0, hangingIndent: Int = 0,
        breaker: LineBreaker = LineBreaker()
    ) -> [String] {
        LineWrapper(breaker: breaker).wrap(text: text, width: width, firstIndent: firstIndent, hangingIndent: hangingIndent)
            .map { String(repeating: " ", count: $0.indent) + $0.text }
    }
}
