#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The width `hearsay search` formats for. (Named for search so it cannot clash with the UI's terminal code.)
enum SearchOutputWidth {
    /// Columns of the terminal on standard output, or `nil` when it is not a terminal.
    static func ofStandardOutput() -> Int? {
        guard isatty(STDOUT_FILENO) == 1 else { return nil }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}
