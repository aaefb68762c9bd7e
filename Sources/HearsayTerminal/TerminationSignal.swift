import CTerminal

/// A signal asking the reader to end, noted by the signal guards and handled by the event loop
/// rather than in the signal handler, so that leaving on a signal keeps what a quit keeps: SIGTERM,
/// SIGHUP, SIGINT, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGPIPE, and SIGSEGV, SIGBUS, SIGILL,
/// SIGTRAP, SIGABRT or SIGFPE when another process sent it (`kill -SEGV`; a real fault cannot be
/// survived: it restores the terminal, writes the crash recovery file and dies at once).
public struct TerminationSignal: Sendable, Hashable {
    public let number: Int32

    public init(number: Int32) {
        self.number = number
    }

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

    /// What a crash (a fault, which ends the process inside the signal handler, where no Swift
    /// code can run) writes before dying: `contents` as a new file at `path` (an existing file is
    /// never replaced), then `message` on stderr. `nil` clears it. Call from one thread at a time.
    public static func setCrashRecovery(path: String, contents: [UInt8]?, message: String) {
        guard let contents, !contents.isEmpty else {
            ct_set_crash_recovery(nil, nil, 0, nil)
            return
        }
        contents.withUnsafeBufferPointer { bytes in
            bytes.baseAddress!.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                ct_set_crash_recovery(path, $0, bytes.count, message)
            }
        }
    }
}
