import Foundation

/// How long the write in progress may wait for another process's lock on the database, and
/// whether it is waiting: SQLite's busy handler asks `keepWaiting` while the lock is taken, and a
/// status bar reads `isWaiting` from another thread meanwhile. Writes are one at a time
/// (`HighlightStore`'s write lock), so one limit at a time.
final class LockWait: @unchecked Sendable {
    private let lock = NSLock()
    private var waiting = false
    private var currentLimit: TimeInterval?
    private var waitStarted: Date?
    /// Between two tries of SQLite's: short, so a freed lock is taken soon.
    static let pause: TimeInterval = 0.005

    /// Waiting now, or the last write gave up waiting and nothing has committed since.
    var isWaiting: Bool { lock.withLock { waiting } }

    /// The limit of the write in progress, if one is.
    var limit: TimeInterval? { lock.withLock { currentLimit } }

    /// A write begins; it may wait up to `limit` seconds for the lock (0: not at all, and a write
    /// that does not wait does not say it is waiting).
    func begin(limit: TimeInterval) {
        lock.withLock {
            currentLimit = limit
            waitStarted = nil
        }
    }

    /// The write ended: `locked` when it gave up waiting for the lock (the database is still
    /// busy as far as anyone knows), `false` when it committed or failed otherwise, `nil` to leave
    /// what is known as it was (a best-effort write).
    func end(locked: Bool?) {
        lock.withLock {
            currentLimit = nil
            waitStarted = nil
            if let locked { waiting = locked }
        }
    }

    /// The lock is taken: whether to try again (after a short pause) or give up with SQLITE_BUSY.
    /// `tries` counts from 0 for each lock SQLite waits for.
    func keepWaiting(tries: Int) -> Bool {
        let now = Date()
        let (limit, started): (TimeInterval, Date) = lock.withLock {
            let limit = currentLimit ?? 0
            if limit > 0 { waiting = true }
            if tries == 0 || waitStarted == nil { waitStarted = now }
            return (limit, waitStarted!)
        }
        guard now.timeIntervalSince(started) < limit else { return false }
        Thread.sleep(forTimeInterval: Self.pause)
        return true
    }

    /// Opening found the database busy (being created by another process) and will try again.
    func noteWaiting() {
        lock.withLock { if (currentLimit ?? 1) > 0 { waiting = true } }
    }
}
