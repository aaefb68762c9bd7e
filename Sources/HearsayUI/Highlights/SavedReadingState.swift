import HearsayModel

/// What was saved in an earlier session, given to the UI at start.
public struct SavedReadingState: Sendable {
    /// Every stored highlight.
    public var highlights: [Highlight]
    public var readArticleIDs: Set<String>
    /// The article open when the reader last quit, with its reading position.
    public var lastOpenArticleID: String?
    public var lastOpenPosition: ReadingPosition?
    /// The dialogue view's speaker filters: the shown speakers' ids by article id.
    public var speakerFilters: [String: Set<String>]

    public init(
        highlights: [Highlight] = [], readArticleIDs: Set<String> = [], lastOpenArticleID: String? = nil,
        lastOpenPosition: ReadingPosition? = nil, speakerFilters: [String: Set<String>] = [:]
    ) {
        self.highlights = highlights
        self.readArticleIDs = readArticleIDs
        self.lastOpenArticleID = lastOpenArticleID
        self.lastOpenPosition = lastOpenPosition
        self.speakerFilters = speakerFilters
    }
}
