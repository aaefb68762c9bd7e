import HearsayText

/// Builds a `FoldedText` from one or more pieces of text, joined by separators.
///
/// Fast paths cover what our text is made of: a plain scalar (see `GraphemeFolding.isPlainBase`)
/// followed by another is a grapheme of its own, so ASCII is lower-cased in place, ideographs are
/// copied, and other plain scalars are looked up in `PlainScalarFolds`. Only the rest (combining sequences,
/// emoji, rare scripts) goes through Swift's grapheme breaking and Foundation's normalisation.
struct FoldedTextBuilder {
    /// The byte a separator folds to. Queries never contain it, so no match crosses a separator.
    static let separatorByte: UInt8 = 0

    private var utf8: [UInt8] = []
    private var segments: [FoldSegment] = []
    private var originalCount = 0

    init(reservingCapacity capacity: Int = 0) {
        utf8.reserveCapacity(capacity)
    }

    /// Appends the separator: one byte in both the original and the folded text.
    mutating func appendSeparator() {
        utf8.append(Self.separatorByte)
        originalCount += 1
    }

    /// Appends `count` separators: text that stays in the original offsets but is never matched.
    mutating func appendSeparators(_ count: Int) {
        utf8.append(contentsOf: repeatElement(Self.separatorByte, count: count))
        originalCount += count
    }

    /// Appends `text`, folded.
    mutating func append(_ text: String) {
        var contiguous = text
        contiguous.withUTF8 { bytes in
            appendFolding(bytes, of: text)
        }
    }

    func build() -> FoldedText {
        FoldedText(utf8: utf8, originalCount: originalCount, segments: segments)
    }

    private mutating func appendFolding(_ bytes: UnsafeBufferPointer<UInt8>, of text: String) {
        let base = originalCount
        let count = bytes.count
        var index = 0
        // Start of a run of bytes that fold to themselves, copied in one go when it ends.
        var unchangedStart = 0
        var scalar: UInt32 = 0
        var length = 0
        if count > 0 { (scalar, length) = UTF8Decoding.scalar(in: bytes, at: 0) }
        while index < count {
            let nextIndex = index + length
            var nextScalar: UInt32 = 0
            var nextLength = 0
            if nextIndex < count { (nextScalar, nextLength) = UTF8Decoding.scalar(in: bytes, at: nextIndex) }
            let standsAlone =
                GraphemeFolding.isPlainBase(scalar)
                && (nextIndex == count || GraphemeFolding.isPlainBase(nextScalar))
            let unchanged =
                standsAlone
                && (scalar < 0x80 ? !(scalar >= 0x41 && scalar <= 0x5A) : GraphemeFolding.isUnchangedIdeograph(scalar))
            if unchanged {
                index = nextIndex
                scalar = nextScalar
                length = nextLength
                continue
            }
            if unchangedStart < index {
                utf8.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[unchangedStart..<index]))
            }
            if standsAlone {
                if scalar < 0x80 {
                    utf8.append(UInt8(truncatingIfNeeded: scalar) + 0x20)  // an upper-case ASCII letter
                } else {
                    appendPlainScalar(
                        scalar, bytes: UnsafeBufferPointer(rebasing: bytes[index..<nextIndex]),
                        originalStart: base + index)
                }
                index = nextIndex
                scalar = nextScalar
                length = nextLength
            } else {
                index = appendCluster(startingAt: index, in: text, originalBase: base)
                if index < count { (scalar, length) = UTF8Decoding.scalar(in: bytes, at: index) }
            }
            unchangedStart = index
        }
        if unchangedStart < count {
            utf8.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[unchangedStart..<count]))
        }
        originalCount = base + count
    }

    /// A plain scalar that is a grapheme of its own.
    private mutating func appendPlainScalar(_ scalar: UInt32, bytes: UnsafeBufferPointer<UInt8>, originalStart: Int) {
        guard let folded = PlainScalarFolds.changed[scalar] else {
            utf8.append(contentsOf: bytes)
            return
        }
        if folded.inPlace {
            utf8.append(contentsOf: folded.utf8)
        } else {
            appendSegment(folded.utf8, originalRange: originalStart..<(originalStart + bytes.count))
        }
    }

    /// The grapheme cluster of `text` starting at UTF-8 offset `start` (a cluster boundary), folded
    /// the slow way. Returns the offset where the cluster ends.
    private mutating func appendCluster(startingAt start: Int, in text: String, originalBase: Int) -> Int {
        let startIndex = text.utf8.index(text.utf8.startIndex, offsetBy: start)
        let cluster = text[startIndex...].first!
        let clusterLength = cluster.utf8.count
        let folded = Array(GraphemeFolding.fold(String(cluster)).utf8)
        let isSingleScalar =
            cluster.unicodeScalars.count == 1
            && String(decoding: folded, as: UTF8.self).unicodeScalars.count == 1
        if isSingleScalar && folded.count == clusterLength {
            utf8.append(contentsOf: folded)
        } else {
            let originalStart = originalBase + start
            appendSegment(folded, originalRange: originalStart..<(originalStart + clusterLength))
        }
        return start + clusterLength
    }

    private mutating func appendSegment(_ folded: [UInt8], originalRange: Range<Int>) {
        let foldedStart = utf8.count
        utf8.append(contentsOf: folded)
        segments.append(
            FoldSegment(
                foldedStart: Int32(foldedStart),
                foldedEnd: Int32(utf8.count),
                deltaAfter: Int32(originalRange.upperBound - utf8.count)
            ))
    }
}
