/// What the UI keeps about saving: read marks, whether a save waits to be retried, quitting
/// with changes not saved, the place the tick saved last, and where unsaved highlights go.
public struct PersistenceState: Sendable {
    /// Ids of the articles marked read.
    public var readArticleIDs: Set<String> = []
    /// Why the last save failed, while changes wait to be retried.
    public var unsaved: SaveProblem?
    /// The status bar's line about it, shown after every key until a save succeeds.
    public var saveProblem: String? { unsaved?.message }
    /// Set while quitting waits for unsaved changes.
    public var quitting: QuitWithUnsavedChanges?
    /// The open article and place the tick saved last (it saves again once they change).
    public var savedPlace: SavedPlace?
    /// The dialogue view's saved speaker filters: the shown speakers' ids by article id.
    public var speakerFilters: [String: Set<String>] = [:]
    /// Where unsaved highlights are written when the user quits with them (named in the prompt).
    public var recoveryFile: String?

    public init() {}
}
