import HearsayModel

/// One sentence of an article: a block and the UTF-8 range of the sentence in its text.
public struct SentenceSpot: Sendable, Hashable {
    public var block: Int
    public var range: Range<Int>

    public init(block: Int, range: Range<Int>) {
        self.block = block
        self.range = range
    }

    public var start: TextPosition { TextPosition(block: block, offset: range.lowerBound) }
    public var end: TextPosition { TextPosition(block: block, offset: range.upperBound) }
}
