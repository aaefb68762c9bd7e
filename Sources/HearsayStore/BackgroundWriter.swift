import Foundation

/// Commits a store's changes on a thread of its own, so that no key press waits for the
/// database: `submit` queues a change (reads show it at once) and returns a ticket; `answer`
/// says what became of it, waiting a little for the commit but never for another process's lock.
/// While the database is locked the writer tries again on its own (every `retryInterval`, each try
/// waiting at most `attemptLimit` for the lock); other failures are tried again with the next
/// change or `retry()`, as the store's pending changes always are.
///
/// The thread starts with the first change and ends after `idleTimeout` without work (a reader
/// left open costs nothing), or at `stop()`.
public final class BackgroundWriter: @unchecked Sendable {
    /// What became of the changes up to a ticket.
    public enum Answer: Sendable, Hashable {
        /// Committed, with every change before them.
        case saved
        /// The last try failed; the changes wait in memory.
        case failed(StoreError)
        /// Another process holds the database's lock: the changes wait in memory and are saved
        /// as soon as it is free.
        case waitingForLock
        /// Still being written after the time allowed (a slow disk): the next answer tells.
        case inProgress
    }

    public let store: HighlightStore
    private let shared: WriterThread

    public init(
        store: HighlightStore, attemptLimit: TimeInterval = 0.5, retryInterval: TimeInterval = 0.25,
        idleTimeout: TimeInterval = 5
    ) {
        self.store = store
        shared = WriterThread(
            store: store, attemptLimit: attemptLimit, retryInterval: retryInterval,
            idleTimeout: idleTimeout)
    }

    deinit { shared.end(waiting: false) }

    /// Queues `write` for the writer thread; the ticket asks `answer` about it.
    public func submit(_ write: PendingWrites.Write) -> Int {
        store.enqueue(write)
        return shared.request()
    }

    /// Asks for another try of whatever is pending (the runtime's tick); a ticket, as `submit`.
    public func retry() -> Int { shared.request() }

    /// What became of the changes up to `ticket`, waiting at most `limit` seconds for their
    /// commit, and not at all once the database is known to be locked by another process.
    public func answer(for ticket: Int, waitingAtMost limit: TimeInterval) -> Answer {
        shared.answer(for: ticket, waitingAtMost: limit)
    }

    /// Ends the writer thread, once the try in progress (if any) ends; later changes are left
    /// pending for the caller (`HighlightStore.retryPending`, a recovery file).
    public func stop() { shared.end(waiting: true) }
}

/// The writer thread and what it shares with the callers. It holds the store only weakly, and
/// strongly only during a try: a store nobody else uses is closed at once (its `-wal` and `-shm`
/// files go), not when the thread next wakes.
private final class WriterThread: @unchecked Sendable {
    private weak var store: HighlightStore?
    private let attemptLimit: TimeInterval
    private let retryInterval: TimeInterval
    private let idleTimeout: TimeInterval
    /// Guards everything below; signalled when a try ends, when work comes and when the thread ends.
    private let condition = NSCondition()
    private var requested = 0
    private var attempted = 0
    private var lastError: StoreError?
    private var retryDue: Date?
    private var threadRunning = false
    private var stopped = false

    init(store: HighlightStore, attemptLimit: TimeInterval, retryInterval: TimeInterval, idleTimeout: TimeInterval) {
        self.store = store
        self.attemptLimit = attemptLimit
        self.retryInterval = retryInterval
        self.idleTimeout = idleTimeout
    }

    func answer(for ticket: Int, waitingAtMost limit: TimeInterval) -> BackgroundWriter.Answer {
        let deadline = Date().addingTimeInterval(limit)
        condition.lock()
        defer { condition.unlock() }
        while attempted < ticket {
            if store?.isWaitingForLock == true { return .waitingForLock }
            let now = Date()
            if now >= deadline || stopped { return .inProgress }
            // Short waits: the store says it waits for a lock without signalling this condition.
            _ = condition.wait(until: min(deadline, now.addingTimeInterval(LockWait.pause)))
        }
        guard let lastError else { return .saved }
        return lastError.reason == .locked ? .waitingForLock : .failed(lastError)
    }

    func end(waiting: Bool) {
        condition.lock()
        defer { condition.unlock() }
        stopped = true
        condition.broadcast()
        while waiting && threadRunning { condition.wait() }
    }

    func request() -> Int {
        condition.lock()
        defer { condition.unlock() }
        requested += 1
        if !threadRunning && !stopped {
            threadRunning = true
            let thread = Thread { [self] in run() }
            thread.name = "hearsay state writer"
            thread.start()
        }
        condition.broadcast()
        return requested
    }

    private func run() {
        Self.leaveTerminatingSignalsToOtherThreads()
        condition.lock()
        defer {
            threadRunning = false
            condition.broadcast()
            condition.unlock()
        }
        while true {
            guard let target = nextAttempt() else { return }
            condition.unlock()
            let failure = attempt()
            condition.lock()
            attempted = max(attempted, target)
            lastError = failure
            retryDue = failure?.reason == .locked ? Date().addingTimeInterval(retryInterval) : nil
            condition.broadcast()
        }
    }

    /// One try at committing what is pending: the failure, if any. The store is held only here.
    private func attempt() -> StoreError? {
        guard let store else { return nil }
        do {
            try store.retryPending(waitingAtMost: attemptLimit)
            return nil
        } catch {
            return error as? StoreError
                ?? StoreError(
                    reason: .other, location: store.location.displayName, detail: "\(error)",
                    isWrite: true, pendingCount: store.pendingWrites.count)
        }
    }

    /// Waits (with `condition` locked) for work: the ticket to try, or `nil` to end the thread
    /// (stopped, the store gone, or idle too long).
    private func nextAttempt() -> Int? {
        var idleSince = Date()
        while !stopped && store != nil {
            if requested > attempted { return requested }
            if let due = retryDue {
                if Date() >= due {
                    retryDue = nil
                    return max(requested, attempted)
                }
                _ = condition.wait(until: due)
                idleSince = Date()
            } else {
                let end = idleSince.addingTimeInterval(idleTimeout)
                if Date() >= end { return nil }
                _ = condition.wait(until: end)
            }
        }
        return nil
    }

    /// SIGTERM and the like are for the thread that owns the terminal, whose wait for a key they
    /// cut short (its event loop then leaves as a quit does); a signal handled on this thread
    /// would be seen there only at its next wake-up.
    private static func leaveTerminatingSignalsToOtherThreads() {
        var signals = sigset_t()
        sigemptyset(&signals)
        for signal in [SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGPIPE] { sigaddset(&signals, signal) }
        pthread_sigmask(SIG_BLOCK, &signals, nil)
    }
}
