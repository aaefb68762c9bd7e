import CTerminal
import HearsayUI

/// The ncurses screen is the backend the reader's session loop runs on.
extension TerminalScreen: TerminalBackend {
    /// Whether stdin and stdout are terminals (checked before loading anything).
    public static var standardStreamsAreTerminal: Bool { ct_stdio_is_terminal() != 0 }

    /// SIGTERM, SIGHUP or SIGINT, when one came since the terminal was set up: the loop then
    /// ends, and the caller keeps what is unsaved and then dies by it.
    public var terminationSignal: TerminationSignal? { TerminationSignal.pending }
}
