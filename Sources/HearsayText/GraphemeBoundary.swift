/// Grapheme cluster boundaries, as Swift's `Character` sees them (UAX #29).
enum GraphemeBoundary {
    /// Whether UTF-8 offset `offset` of `text` is between two grapheme clusters.
    static func isBoundary(_ offset: Int, in text: String) -> Bool {
        if offset <= 0 || offset >= text.utf8.count { return true }
        let index = text.utf8.index(text.utf8.startIndex, offsetBy: offset)
        return String.Index(index, within: text) != nil
    }

    /// The nearest grapheme boundary at or before `offset`.
    static func boundary(atOrBefore offset: Int, in text: String) -> Int {
        var candidate = min(max(offset, 0), text.utf8.count)
        while !isBoundary(candidate, in: text) { candidate -= 1 }
        return candidate
    }
}
