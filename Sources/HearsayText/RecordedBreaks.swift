/// A text's break opportunities as a wrap found them, kept so that wrapping the same text at
/// another width (after a terminal resize) skips ICU and the break rules: opportunities do not
/// depend on the width. Packed: offset << 1 | mandatory.
public struct RecordedBreaks: Sendable, Hashable {
    var packed: [UInt32]

    /// How many opportunities were recorded.
    public var count: Int { packed.count }

    static func pack(_ opportunity: BreakOpportunity) -> UInt32 {
        UInt32(opportunity.offset) << 1 | (opportunity.isMandatory ? 1 : 0)
    }

    static func unpack(_ value: UInt32) -> BreakOpportunity {
        BreakOpportunity(offset: Int(value >> 1), isMandatory: value & 1 != 0)
    }
}
