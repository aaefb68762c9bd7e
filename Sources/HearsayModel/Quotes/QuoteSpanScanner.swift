/// Where a quotation stands in the flat text: its marks and the quoted words of each paragraph.
struct QuoteSpan: Hashable {
    /// Index of the opening mark (of the first paragraph).
    var open: Int
    /// Index of the closing mark (of the last paragraph).
    var close: Int
    /// The quoted words in each paragraph, without the marks.
    var parts: [Range<Int>]

    /// The quoted words, one line per paragraph.
    func text(in prose: ProseText) -> String {
        parts.map { prose.string($0) }.joined(separator: "\n")
    }
}

/// Finds balanced quotations in an article's prose blocks.
///
/// Marks nest (`「…『…』…」`, and `“…“…”…”` as some writers nest them); a closing mark that
/// matches an outer opening closes the inner ones too. A quotation left open at the end of a
/// paragraph goes on when the next paragraph opens with the same mark (the news style for a quote
/// over several paragraphs); otherwise its opening mark was a stray one, and the paragraph is read
/// again after it.
///
/// Both are bounded so that hostile text stays linear (thousands of stray `“` made each re-reading
/// cost the whole paragraph again): marks nest at most `maximumDepth` deep (deeper ones are text),
/// and a paragraph is re-read after at most `maximumStrayMarks` stray openings.
enum QuoteSpanScanner {
    static let maximumDepth = 8
    static let maximumStrayMarks = 16

    static func spans(in prose: ProseText) -> [QuoteSpan] {
        var spans: [QuoteSpan] = []
        var carried: QuoteSpan?
        var block = 0
        let blockCount = prose.blockStarts.count
        while block < blockCount {
            guard prose.isProse(block: block) else {
                carried = nil
                block += 1
                continue
            }
            var from = prose.blockStarts[block]
            let end = prose.blockEnds[block]
            var nextCarried: QuoteSpan?
            var strayMarks = 0
            scanning: while true {
                var stack: [(mark: Unicode.Scalar, index: Int)] = []
                var current = QuoteSpan(open: 0, close: 0, parts: [])
                var wordsStart = from
                var position = from
                if let span = carried {
                    let first = firstNonSpace(in: prose, from: from, to: end)
                    if first < end, prose.scalars[first] == prose.scalars[span.open] {
                        stack = [(prose.scalars[first], first)]
                        current = span
                        wordsStart = first + 1
                        position = first + 1
                    }
                    carried = nil
                }
                while position < end {
                    let scalar = prose.scalars[position]
                    if let top = stack.last, scalar == QuoteMarks.closing(of: top.mark) {
                        stack.removeLast()
                    } else if stack.count >= maximumDepth, scalar != QuoteMarks.straight, QuoteMarks.closing(of: scalar) != nil,
                        !QuoteMarks.isClosing(scalar)
                    {
                        // Too deep to be a quotation inside a quotation: the opening mark is text.
                        position += 1
                        continue
                    } else if scalar != QuoteMarks.straight, let closer = QuoteMarks.closing(of: scalar), closer != scalar {
                        if stack.isEmpty { current = QuoteSpan(open: position, close: 0, parts: []); wordsStart = position + 1 }
                        stack.append((scalar, position))
                        position += 1
                        continue
                    } else if scalar == QuoteMarks.straight,
                        canOpenStraightQuote(in: prose, at: position, blockStart: prose.blockStarts[block])
                    {
                        if stack.isEmpty { current = QuoteSpan(open: position, close: 0, parts: []); wordsStart = position + 1 }
                        stack.append((scalar, position))
                        position += 1
                        continue
                    } else if QuoteMarks.isClosing(scalar),
                        let outer = stack.lastIndex(where: { QuoteMarks.closing(of: $0.mark) == scalar })
                    {
                        stack.removeSubrange(outer...)
                    } else {
                        position += 1
                        continue
                    }
                    if stack.isEmpty {
                        current.close = position
                        current.parts.append(wordsStart..<position)
                        spans.append(current)
                    }
                    position += 1
                }
                guard let bottom = stack.first else { break scanning }
                if reopens(prose, block: block + 1, with: bottom.mark) {
                    current.parts.append(wordsStart..<end)
                    nextCarried = current
                    break scanning
                }
                // A stray opening mark: read the rest of the paragraph again without it.
                strayMarks += 1
                guard strayMarks < maximumStrayMarks else { break scanning }
                from = bottom.index + 1
            }
            carried = nextCarried
            block += 1
        }
        return spans
    }

    private static func firstNonSpace(in prose: ProseText, from: Int, to end: Int) -> Int {
        var index = from
        while index < end, prose.scalars[index].properties.isWhitespace { index += 1 }
        return index
    }

    /// Whether `block` is prose that starts with `mark`.
    private static func reopens(_ prose: ProseText, block: Int, with mark: Unicode.Scalar) -> Bool {
        guard block < prose.blockStarts.count, prose.isProse(block: block) else { return false }
        let first = firstNonSpace(in: prose, from: prose.blockStarts[block], to: prose.blockEnds[block])
        return first < prose.blockEnds[block] && prose.scalars[first] == mark
    }

    /// A straight `"` opens a quotation at the start of a paragraph or after a space, a bracket, a
    /// dash or CJK punctuation, and when a word follows it (not `12" screens`).
    private static func canOpenStraightQuote(in prose: ProseText, at index: Int, blockStart: Int) -> Bool {
        if index + 1 < prose.scalars.count, prose.scalars[index + 1].properties.isWhitespace { return false }
        guard index > blockStart else { return true }
        let before = prose.scalars[index - 1]
        if before.properties.isWhitespace || "([{—–-:：，,".unicodeScalars.contains(before) { return true }
        return before.value >= 0x2E80  // CJK text or punctuation
    }
}
