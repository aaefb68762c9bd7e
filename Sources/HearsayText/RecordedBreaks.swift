/// A text's break opportunities as a wrap found them, with the width of the piece of text that
/// ends at each, kept so that wrapping the same text at another width (after a terminal resize)
/// skips ICU, the break rules and measuring: neither depends on the width. Counting the lines of
/// a block at a new width is then arithmetic over these numbers.
public struct RecordedBreaks: Sendable, Hashable {
    /// Per opportunity: offset << 1 | mandatory.
    var packed: [UInt32]
    /// Per opportunity, the segment from the previous one: width << 40 | content width << 16 |
    /// trailing droppable bytes; `unmeasured` where a field did not fit (measured again).
    var segments: [UInt64]

    /// How many opportunities were recorded.
    public var count: Int { packed.count }

    static func pack(_ opportunity: BreakOpportunity) -> UInt32 {
        UInt32(opportunity.offset) << 1 | (opportunity.isMandatory ? 1 : 0)
    }

    static func unpack(_ value: UInt32) -> BreakOpportunity {
        BreakOpportunity(offset: Int(value >> 1), isMandatory: value & 1 != 0)
    }

    static let unmeasured = UInt64.max

    /// A segment's widths and the spaces at its end, or `unmeasured`.
    static func pack(width: Int, contentWidth: Int, trailingBytes: Int) -> UInt64 {
        guard width < 1 << 24, contentWidth < 1 << 24, trailingBytes < 1 << 16 else { return unmeasured }
        return UInt64(width) << 40 | UInt64(contentWidth) << 16 | UInt64(trailingBytes)
    }

    static func unpackSegment(_ value: UInt64) -> (width: Int, contentWidth: Int, trailingBytes: Int)? {
        guard value != unmeasured else { return nil }
        return (Int(value >> 40), Int(value >> 16 & 0xFF_FFFF), Int(value & 0xFFFF))
    }
}
