/// Something the user asked for. Keys map to actions through the `Keymap`; each feature owns
/// one case here and one nested enum (in its own folder) with its own `perform` in `AppState`.
/// A new feature adds a case, a `KeymapSection`, and a `perform` for its enum.
public enum Action: Sendable, Hashable {
    case app(AppAction)
    case list(ListAction)
    case reader(ReaderAction)
    case dialogue(DialogueAction)
    case speakerFilter(SpeakerFilterAction)
    case help(HelpAction)
    case theme(ThemeAction)
    case highlight(HighlightAction)
    case highlightsView(HighlightsViewAction)
    case search(SearchAction)
    case speakersView(SpeakersViewAction)
    case stream(StreamAction)
}

/// Actions that are not about one view.
public enum AppAction: Sendable, Hashable {
    /// Leave the program at once (Ctrl-C).
    case quit
    /// Back to the previous place; quit from the list (`q`).
    case back
    /// Close the innermost thing: the list filter, else back; never quits (Esc).
    case close
    case showHelp
    /// Stop the program and go back to the shell (Ctrl-Z; `fg` brings it back).
    case suspend
    /// Draw the whole screen again (Ctrl-L).
    case redraw
    /// Read the files added, changed or deleted on disk now (`R`).
    case reload
}
