import CTerminal

/// SIGTERM, SIGHUP or SIGINT, noted by the termination guard and handled by the event loop rather
/// than in the signal handler, so that leaving on a signal keeps what a quit keeps.
public struct TerminationSignal: Sendable, Hashable {
    public let number: Int32

    /// The signal noted since the terminal was set up, if any.
    static var pending: TerminationSignal? {
        let number = ct_pending_termination()
        return number == 0 ? nil : TerminationSignal(number: number)
    }

    /// Ends the process by this signal, as if it had not been caught (exit status 128 + n).
    public func die() -> Never {
        ct_die_by(number)
        fatalError("signal \(number) did not end the process")
    }
}
