/// A place where a line may end (or, when `isMandatory`, must end): after the first `offset`
/// UTF-8 bytes of the text.
public struct BreakOpportunity: Sendable, Hashable {
    /// UTF-8 offset into the text; the text's end is always an opportunity.
    public var offset: Int
    /// A hard break (after a line feed, say): the line ends here whatever the width.
    public var isMandatory: Bool

    public init(offset: Int, isMandatory: Bool) {
        self.offset = offset
        self.isMandatory = isMandatory
    }
}
