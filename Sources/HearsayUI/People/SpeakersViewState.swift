/// The speakers view (`P`): every person across the coverage, the filter typed, the selection
/// and the scroll.
public struct SpeakersViewState: Sendable, Hashable {
    /// The filter kept (what the shown entries match).
    public var filter: String = ""
    /// The filter being typed (`/`), `nil` when not typing.
    public var editor: LineEditor?
    /// The entries shown (indices into `UtteranceIndex.entries`, most utterances first).
    public var shown: [Int]
    /// Index into `shown`.
    public var selection: Int = 0
    /// First row of entries on screen.
    public var top: Int = 0

    public init(shown: [Int]) {
        self.shown = shown
    }

    /// The entry under the selection, if any is shown.
    public var selectedEntry: Int? {
        shown.indices.contains(selection) ? shown[selection] : nil
    }

    /// Keeps the selection among the shown entries and on screen (`rows` entries fit).
    mutating func scrollSelectionIntoView(rows: Int) {
        selection = min(max(selection, 0), max(0, shown.count - 1))
        if selection < top { top = selection }
        if selection >= top + rows { top = selection - rows + 1 }
        top = max(0, min(top, max(0, shown.count - rows)))
    }
}
