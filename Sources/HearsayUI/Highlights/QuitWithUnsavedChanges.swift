/// Quitting while changes are not saved: first one more try, then the user is asked.
public enum QuitWithUnsavedChanges: Sendable, Hashable {
    /// The last try to save is running; quits when it succeeds.
    case retrying
    /// It failed: the status bar asks, `q` (or Ctrl-C) quits, any other key stays.
    case confirming
}
