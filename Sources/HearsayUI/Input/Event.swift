import HearsayModel
import HearsayTheme

/// Everything that can happen to the app: input from the terminal, and the results of effects
/// the runtime carried out. `update` is the only thing that consumes events.
public enum Event: Sendable, Hashable {
    case key(Key)
    /// The terminal now has this size.
    case resize(ScreenSize)
    /// Saving the chosen theme in the config file failed (the message says why).
    case themeNotRemembered(String)
    /// Every change so far is saved (nothing waits to be retried).
    case stateSaved
    /// A save failed; the change is kept in memory and retried (the text says why).
    case stateNotSaved(SaveProblem)
    /// The saved reading position of an article just opened (answer to `.loadReadingPosition`).
    case readingPositionLoaded(ReadingPosition)
    /// Time passes: sent by the runtime every few seconds while idle (to retry failed saves).
    case tick
    /// No key is waiting: time for a slice of the work done between keys (searching, laying out
    /// ahead). Sent while `AppState.idlePollMilliseconds` says there is some.
    case idle
    /// The terminal opened draws this many colours (sent once, before the first frame).
    case colorDepth(ColorDepth)
    /// A line for the status bar about an effect carried out (the browser could not start…).
    case notice(String)
    /// Articles arrived (the corpus loads after the first frame) or files changed on disk.
    case corpusChanged(CorpusChange)
}
