import Foundation
import HearsayUI

/// Events from other threads (the corpus loader, the folder watcher) for the session loop, which
/// takes them between keys. While a source is open the loop waits for keys only briefly, so what
/// a source posts is shown within `pollMilliseconds`; once every source has closed, it waits for
/// keys as before.
public final class EventInbox: @unchecked Sendable {
    /// How long the loop waits for a key at most while a source may still post (a source that
    /// posts rarely, a watcher, sets it longer).
    public var pollMilliseconds: Int32 {
        get { lock.withLock { poll } }
        set { lock.withLock { poll = newValue } }
    }
    private var poll: Int32
    private let lock = NSLock()
    private var events: [Event] = []
    private var openSources = 0

    public init(pollMilliseconds: Int32 = 25) {
        self.poll = pollMilliseconds
    }

    /// A source that will post starts; `close()` when it has posted its last event.
    public func open() { lock.withLock { openSources += 1 } }

    public func close() { lock.withLock { openSources -= 1 } }

    public func post(_ event: Event) { lock.withLock { events.append(event) } }

    /// Whether a source may still post.
    public var isOpen: Bool { lock.withLock { openSources > 0 } }

    /// The events posted since the last call, oldest first.
    public func take() -> [Event] {
        lock.withLock {
            defer { events = [] }
            return events
        }
    }
}
