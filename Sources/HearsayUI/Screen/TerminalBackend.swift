import HearsayTheme

/// What the session loop needs from a terminal: its size and colour depth, the next key or
/// resize, and a place to draw frames. The ncurses screen is one; an in-memory one drives the
/// tests and benchmarks through the same loop.
public protocol TerminalBackend: AnyObject {
    var size: ScreenSize { get }
    /// What the terminal draws, after `--color` and `NO_COLOR`.
    var colorDepth: ColorDepth { get }
    /// The next key or resize, waiting at most `milliseconds` (`nil`: as long as it takes).
    /// `nil` when nothing came in time; from a wait without limit, when input has ended.
    func nextEvent(waitingAtMost milliseconds: Int32?) -> Event?
    /// Draws `buffer` (only what changed since the last frame). Afterwards `buffer` may hold the
    /// storage of the frame before, for the next frame to be rendered into.
    func draw(_ buffer: inout ScreenBuffer)
    /// Gives the terminal back until the program is continued (Ctrl-Z).
    func suspend()
    /// The next `draw` repaints every cell (Ctrl-L).
    func redrawAll()
}
