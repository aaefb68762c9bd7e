/// A block's styles normalised for wrapping: sorted, non-overlapping, covering the whole text
/// (gaps are `.body`), with every boundary on a grapheme cluster boundary.
struct StyleMap: Sendable {
    struct Entry: Sendable {
        var range: Range<Int>
        var style: TextStyle
    }

    private(set) var entries: [Entry] = []

    /// `styles` may overlap (the earlier start wins), leave gaps or reach past the text.
    init(_ styles: [(range: Range<Int>, style: TextStyle)], text: String, byteCount: Int) {
        let sorted = styles.enumerated().sorted {
            ($0.element.range.lowerBound, $0.offset) < ($1.element.range.lowerBound, $1.offset)
        }
        var position = 0
        var boundaries = GraphemeBoundary.Cursor(text: text)
        for (_, span) in sorted {
            let lower = boundaries.boundary(atOrBefore: max(span.range.lowerBound, position))
            let upper = boundaries.boundary(atOrBefore: min(span.range.upperBound, byteCount))
            guard lower < upper, lower >= position else { continue }
            if lower > position { entries.append(Entry(range: position..<lower, style: .body)) }
            entries.append(Entry(range: lower..<upper, style: span.style))
            position = upper
        }
        if position < byteCount { entries.append(Entry(range: position..<byteCount, style: .body)) }
    }
}
