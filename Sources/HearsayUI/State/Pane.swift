/// The view that has the keyboard.
public enum Pane: Sendable, Hashable {
    case list
    case reader
    case dialogue
}

/// A view drawn over the panes that takes the keyboard until closed.
public enum Overlay: Sendable, Hashable {
    case help(HelpState)
    case speakerFilter(SpeakerFilterState)
    case highlights(HighlightsViewState)
    /// The search prompt on the bottom row (`SearchState.prompt`).
    case searchPrompt
    /// The coverage search's results (`SearchState.results`).
    case searchResults
}
