/// The view that has the keyboard.
public enum Pane: Sendable, Hashable {
    case list
    case reader
    case dialogue
    /// A person's stream: everything they said across the coverage.
    case stream
}

/// A view drawn over the panes that takes the keyboard until closed.
public enum Overlay: Sendable, Hashable {
    case help(HelpState)
    case speakerFilter(SpeakerFilterState)
    case highlights(HighlightsViewState)
    /// Every person across the coverage (`P`).
    case speakers(SpeakersViewState)
    /// The search prompt on the bottom row (`SearchState.prompt`).
    case searchPrompt
    /// The coverage search's results (`SearchState.results`).
    case searchResults
}
