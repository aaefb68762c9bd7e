/// An article's text as one string: its blocks' texts joined by a line feed, with where each block
/// starts. Anchors are resolved against it, and exports give code-point offsets into it.
///
/// The flat text is what the W3C TextPositionSelector and TextQuoteSelector of an exported highlight
/// refer to, so it must stay the same for the same article: blocks in order, `blockSeparator` between.
public struct ArticleText: Sendable, Hashable {
    /// Put between two blocks' texts.
    public static let blockSeparator = "\n"

    /// The blocks' texts joined by `blockSeparator`.
    public let text: String
    /// UTF-8 offset in `text` where each block starts.
    public let blockStarts: [Int]
    /// UTF-8 length of each block's text.
    public let blockLengths: [Int]
    /// A stable hash of `text` (FNV-1a, 64 bits, over its UTF-8), written `fnv1a64:` and 16 hex digits.
    public let fingerprint: String
    /// `text`'s UTF-8 bytes, searched when an anchor has to be found again.
    let bytes: [UInt8]

    public init(article: Article) {
        self.init(blockTexts: article.blocks.map(\.text))
    }

    public init(blockTexts: [String]) {
        var starts: [Int] = []
        var lengths: [Int] = []
        var offset = 0
        for (index, block) in blockTexts.enumerated() {
            if index > 0 { offset += ArticleText.blockSeparator.utf8.count }
            starts.append(offset)
            lengths.append(block.utf8.count)
            offset += block.utf8.count
        }
        let text = blockTexts.joined(separator: ArticleText.blockSeparator)
        self.text = text
        self.blockStarts = starts
        self.blockLengths = lengths
        self.bytes = Array(text.utf8)
        self.fingerprint = TextFingerprint.fnv1a64(bytes)
    }

    /// UTF-8 length of `text`.
    public var utf8Count: Int { bytes.count }

    /// The offset in `text` of `position`, or `nil` when the position is outside its block or not
    /// on a Unicode scalar boundary.
    public func flatOffset(of position: TextPosition) -> Int? {
        guard blockStarts.indices.contains(position.block),
            (0...blockLengths[position.block]).contains(position.offset)
        else { return nil }
        let offset = blockStarts[position.block] + position.offset
        return isScalarBoundary(offset) ? offset : nil
    }

    /// The block position of a flat offset; an offset on a block separator belongs to the end of the
    /// block before it.
    public func position(atFlatOffset offset: Int) -> TextPosition {
        guard !blockStarts.isEmpty else { return TextPosition(block: 0, offset: 0) }
        var block = 0
        // Last block starting at or before `offset` (binary search: articles can have many blocks).
        var low = 0, high = blockStarts.count - 1
        while low <= high {
            let middle = (low + high) / 2
            if blockStarts[middle] <= offset { block = middle; low = middle + 1 } else { high = middle - 1 }
        }
        return TextPosition(block: block, offset: min(offset - blockStarts[block], blockLengths[block]))
    }

    /// How many Unicode code points come before the flat UTF-8 `offset` (W3C TextPositionSelector units).
    public func codePointOffset(ofFlatOffset offset: Int) -> Int {
        // Every scalar has exactly one byte that is not a continuation byte (10xxxxxx).
        bytes[0..<min(offset, bytes.count)].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }

    /// The text between two flat offsets (which must be scalar boundaries).
    public func substring(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// Whether a flat offset falls between two Unicode scalars.
    public func isScalarBoundary(_ offset: Int) -> Bool {
        guard offset >= 0, offset <= bytes.count else { return false }
        return offset == bytes.count || bytes[offset] & 0xC0 != 0x80
    }
}

/// Hashes that identify a text without storing it.
enum TextFingerprint {
    /// FNV-1a over the bytes, 64 bits: stable across runs and platforms (unlike `Hasher`), and enough to
    /// notice that an article's text changed; it is not meant to resist tampering.
    static func fnv1a64(_ bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return "fnv1a64:" + String(repeating: "0", count: 16 - hex.count) + hex
    }
}
