/// Which bindings apply: the view with the focus, or an overlay over it.
public enum InputMode: String, Sendable, Hashable, CaseIterable {
    /// Bindings that work everywhere, even in overlays (Ctrl-C).
    case everywhere
    /// Bindings shared by the list, reader and dialogue views.
    case views
    case list
    case reader
    case dialogue
    case speakerFilter
    case help
    /// The reading cursor and highlight keys of the reader and dialogue view.
    case highlighting
    /// While the reading cursor is on screen.
    case readingCursor
    /// While the reading cursor is on in the reader (where digits are free; in the dialogue view they pick speakers).
    case readerCursor
    /// While a selection is being extended.
    case selection
    /// The highlights view (`H`).
    case highlightsView
    /// The coverage search's results view.
    case searchResults
    /// The speakers view (`P`).
    case speakersView
    /// A person's stream.
    case stream
}
