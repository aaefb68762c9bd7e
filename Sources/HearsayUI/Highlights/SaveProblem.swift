/// Why saving failed and what waits in memory because of it (the payload of `.stateNotSaved`).
public struct SaveProblem: Sendable, Hashable {
    /// The status bar's line: that it is not saved, how many changes are kept, why.
    public var message: String
    /// Why, in a few words (for the quit prompt).
    public var reason: String
    /// Changes waiting to be saved.
    public var pendingCount: Int
    /// How many of them are highlights (new or changed): those a recovery file keeps at quit.
    public var pendingHighlights: Int

    public init(message: String, reason: String, pendingCount: Int, pendingHighlights: Int) {
        self.message = message
        self.reason = reason
        self.pendingCount = pendingCount
        self.pendingHighlights = pendingHighlights
    }
}
