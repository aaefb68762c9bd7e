/// A folded copy of some text (see `GraphemeFolding`: NFKC + case folding, one grapheme cluster at a
/// time), with the map back from folded UTF-8 offsets to the original's UTF-8 offsets.
///
/// Most text folds to bytes of the same length (CJK, ASCII), so the map is sparse: it records only
/// the grapheme clusters whose folded form differs in length from the original or spans more than
/// one scalar (fullwidth forms, ligatures, combining sequences). A folded offset strictly inside one
/// of those has no original offset, so a match can never start or end inside an original grapheme.
public struct FoldedText: Sendable, Hashable {
    /// The folded text as UTF-8.
    public let utf8: [UInt8]
    /// UTF-8 length of the original text.
    public let originalCount: Int
    /// Grapheme clusters that did not fold byte-for-byte in place, ordered by folded offset.
    let segments: [FoldSegment]

    init(utf8: [UInt8], originalCount: Int, segments: [FoldSegment]) {
        self.utf8 = utf8
        self.originalCount = originalCount
        self.segments = segments
    }

    /// Folds `text`.
    public init(_ text: String) {
        var builder = FoldedTextBuilder()
        builder.append(text)
        self = builder.build()
    }

    /// The folded text as a string.
    public var string: String { String(decoding: utf8, as: UTF8.self) }

    /// The original UTF-8 offset at folded `offset`, or `nil` when `offset` falls inside a grapheme
    /// cluster of the original.
    public func originalOffset(forFolded offset: Int) -> Int? {
        // How many segments start at or before `offset`.
        var low = 0
        var high = segments.count
        while low < high {
            let middle = (low + high) / 2
            if Int(segments[middle].foldedStart) <= offset { low = middle + 1 } else { high = middle }
        }
        return originalOffset(forFolded: offset, segmentsBefore: low)
    }

    /// `originalOffset(forFolded:)` for increasing offsets: `cursor` (0 at first) remembers how
    /// far into the map the previous offset was, so a run of matches walks the map only once.
    func originalOffset(forFolded offset: Int, cursor: inout Int) -> Int? {
        while cursor < segments.count && Int(segments[cursor].foldedStart) <= offset { cursor += 1 }
        return originalOffset(forFolded: offset, segmentsBefore: cursor)
    }

    /// The original offset at `offset`, given how many segments start at or before it.
    private func originalOffset(forFolded offset: Int, segmentsBefore low: Int) -> Int? {
        guard low > 0 else { return offset }
        let segment = segments[low - 1]
        if offset >= Int(segment.foldedEnd) { return offset + Int(segment.deltaAfter) }
        if offset == Int(segment.foldedStart) {
            return offset + (low > 1 ? Int(segments[low - 2].deltaAfter) : 0)
        }
        return nil
    }

    /// The original UTF-8 range of folded `range`, or `nil` when either end falls inside a grapheme.
    public func originalRange(forFolded range: Range<Int>) -> Range<Int>? {
        guard let start = originalOffset(forFolded: range.lowerBound),
            let end = originalOffset(forFolded: range.upperBound), start <= end
        else { return nil }
        return start..<end
    }

    /// Every non-overlapping occurrence of `text` (folded here), as original UTF-8 ranges.
    public func originalRanges(matching text: String) -> [Range<Int>] {
        originalRanges(of: FoldedText(text).utf8)
    }

    /// Every non-overlapping occurrence of `needle` (already folded), as original UTF-8 ranges,
    /// skipping occurrences that would start or end inside an original grapheme cluster.
    public func originalRanges(of needle: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        let searcher = ByteSearcher(needle)
        utf8.withUnsafeBufferPointer { haystack in
            searcher.forEachMatch(in: haystack) { folded in
                guard let original = originalRange(forFolded: folded) else { return .reject }
                ranges.append(original)
                return .accept
            }
        }
        return ranges
    }
}

/// One grapheme cluster that did not fold byte-for-byte in place. 12 bytes, since a 100 MB corpus
/// of Chinese has millions of them (every fullwidth comma).
struct FoldSegment: Sendable, Hashable {
    var foldedStart: Int32
    var foldedEnd: Int32
    /// original offset − folded offset, from `foldedEnd` up to the next segment.
    var deltaAfter: Int32
}
