/// Accumulates a block's visible text as UTF-8 bytes together with its styled spans.
///
/// Neighbouring runs of the same style are merged, so spans stay few and cover the text exactly.
struct SpanBuilder {
    private(set) var bytes: [UInt8] = []
    private(set) var spans: [InlineSpan] = []

    init() {}

    init(bytes: [UInt8], spans: [InlineSpan]) {
        self.bytes = bytes
        self.spans = spans
    }

    var isEmpty: Bool { bytes.isEmpty }

    mutating func reserve(_ count: Int) {
        bytes.reserveCapacity(count)
    }

    mutating func append(_ source: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, style: InlineStyle) {
        guard !range.isEmpty else { return }
        let start = bytes.count
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[range]))
        extend(from: start, style: style)
    }

    mutating func append(_ literal: [UInt8], style: InlineStyle) {
        guard !literal.isEmpty else { return }
        let start = bytes.count
        bytes.append(contentsOf: literal)
        extend(from: start, style: style)
    }

    mutating func append(_ literal: String, style: InlineStyle) {
        append(Array(literal.utf8), style: style)
    }

    private mutating func extend(from start: Int, style: InlineStyle) {
        if let last = spans.last, last.style == style, last.range.upperBound == start {
            spans[spans.count - 1].range = last.range.lowerBound..<bytes.count
        } else {
            spans.append(InlineSpan(style: style, range: start..<bytes.count))
        }
    }

    /// The bytes in `range` with their spans, re-based to start at zero.
    func slice(_ range: Range<Int>) -> SpanBuilder {
        var result = SpanBuilder()
        result.bytes = Array(bytes[range])
        // Spans are in order and do not overlap: start at the first that reaches into `range`
        // (a binary search), so slicing a paragraph into many pieces stays linear overall.
        var low = 0
        var high = spans.count
        while low < high {
            let middle = (low + high) / 2
            if spans[middle].range.upperBound <= range.lowerBound { low = middle + 1 } else { high = middle }
        }
        var index = low
        while index < spans.count, spans[index].range.lowerBound < range.upperBound {
            let span = spans[index]
            let lower = max(span.range.lowerBound, range.lowerBound)
            let upper = min(span.range.upperBound, range.upperBound)
            if lower < upper {
                result.spans.append(InlineSpan(style: span.style, range: (lower - range.lowerBound)..<(upper - range.lowerBound)))
            }
            index += 1
        }
        return result
    }

    /// The same text without leading and trailing white space.
    func trimmed() -> SpanBuilder {
        var lower = 0
        var upper = bytes.count
        while lower < upper, UTF8Bytes.isSpace(bytes[lower]) { lower += 1 }
        while upper > lower, UTF8Bytes.isSpace(bytes[upper - 1]) { upper -= 1 }
        if lower == 0 && upper == bytes.count { return self }
        return slice(lower..<upper)
    }

    var string: String { String(decoding: bytes, as: UTF8.self) }

    func block(_ kind: BlockKind, line: Int) -> Block {
        Block(kind: kind, text: string, spans: spans, sourceLine: line)
    }
}
