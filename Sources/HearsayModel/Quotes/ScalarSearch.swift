/// Searching short texts (a clause, a subject) by Unicode scalar, without Foundation's bridged
/// `range(of:)`: these run for every speech verb of every article with quotations.
extension String {
    /// The last place `needle` occurs.
    func lastScalarRange(of needle: String) -> Range<String.Index>? {
        let text = Array(unicodeScalars)
        let pattern = Array(needle.unicodeScalars)
        guard !pattern.isEmpty, text.count >= pattern.count else { return nil }
        for start in stride(from: text.count - pattern.count, through: 0, by: -1)
        where text[start] == pattern[0] && text[start..<start + pattern.count].elementsEqual(pattern) {
            let lower = unicodeScalars.index(unicodeScalars.startIndex, offsetBy: start)
            return lower..<unicodeScalars.index(lower, offsetBy: pattern.count)
        }
        return nil
    }

    /// The first place `needle` occurs.
    func firstScalarRange(of needle: String) -> Range<String.Index>? {
        let text = Array(unicodeScalars)
        let pattern = Array(needle.unicodeScalars)
        guard !pattern.isEmpty, text.count >= pattern.count else { return nil }
        for start in 0...(text.count - pattern.count)
        where text[start] == pattern[0] && text[start..<start + pattern.count].elementsEqual(pattern) {
            let lower = unicodeScalars.index(unicodeScalars.startIndex, offsetBy: start)
            return lower..<unicodeScalars.index(lower, offsetBy: pattern.count)
        }
        return nil
    }
}

extension PatternSet {
    /// Every match in `text`: (start, pattern number), in text order.
    func matches(in text: [Unicode.Scalar]) -> [(start: Int, pattern: Int)] {
        var found: [(start: Int, pattern: Int)] = []
        for start in text.indices {
            guard let candidates = candidates(startingWith: text[start]) else { continue }
            for number in candidates
            where start + patterns[number].count <= text.count
                && text[start..<start + patterns[number].count].elementsEqual(patterns[number])
            {
                found.append((start, number))
            }
        }
        return found
    }

    func occurs(in text: String) -> Bool {
        !matches(in: Array(text.unicodeScalars)).isEmpty
    }

    /// Whether `text` ends with one of the patterns.
    func endsOne(of text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        return patterns.contains { scalars.count >= $0.count && scalars.suffix($0.count).elementsEqual($0) }
    }
}
