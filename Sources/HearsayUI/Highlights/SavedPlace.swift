import HearsayModel

/// The open article (`nil`: none, the list) and the place in it, as last saved on the tick.
public struct SavedPlace: Sendable, Hashable {
    public var articleID: String?
    public var position: TextPosition?

    public init(articleID: String?, position: TextPosition?) {
        self.articleID = articleID
        self.position = position
    }
}
