import HearsayUI

/// The one event loop: the UI core on a terminal backend. Draws, waits for an event (or, while
/// no key comes, sends `.idle` for the work between keys and `.tick` every few seconds),
/// updates, carries out the effects and feeds their events back. The ncurses screen runs it for
/// the reader; an `InMemoryBackend` runs it for the tests and the benchmarks.
public struct Session<Backend: TerminalBackend> {
    public enum Outcome: Sendable, Hashable {
        /// An effect asked to quit.
        case quit
        /// `interrupted` said so (a terminating signal came).
        case interrupted
        /// The backend's input ended (an in-memory script ran out).
        case inputEnded
    }

    /// The UI core's state (set up before running: restored state, the environment).
    public var state: AppState
    public let backend: Backend
    public var renderer: ScreenRenderer
    /// Carries out an effect other than the terminal's own (saving, loading, remembering the
    /// theme) and returns the events that report its outcome.
    public var performEffect: (Effect) -> [Event]
    /// When set, `.tick` comes this often while no key does (retrying saves, saving the place).
    public var tickMilliseconds: Int?
    /// Checked after every wait: `true` ends the loop (a terminating signal came).
    public var interrupted: () -> Bool = { false }
    /// A key that crashes on purpose, to test that a crash restores the terminal.
    public var crashKey: Key?
    /// Events from other threads (the corpus as it loads, files changed on disk), taken between keys.
    public var inbox: EventInbox?
    private var frame: ScreenBuffer

    /// A session on `backend`, its state made for the backend's size and told its colour depth.
    public init(
        backend: Backend, renderer: ScreenRenderer, performEffect: @escaping (Effect) -> [Event] = { _ in [] },
        initial: (ScreenSize) -> AppState
    ) {
        self.backend = backend
        self.renderer = renderer
        self.performEffect = performEffect
        var state = initial(backend.size)
        _ = state.update(.colorDepth(backend.colorDepth))
        self.state = state
        frame = ScreenBuffer(size: state.size)
    }

    /// Renders the state and draws it on the backend.
    public mutating func drawFrame() {
        renderer.render(state, into: &frame)
        backend.draw(&frame)
    }

    /// Carries out one event: `update`, then each effect, feeding their events back, then a
    /// frame when the screen may have changed. Returns `.quit` when an effect asked to quit.
    @discardableResult
    public mutating func deliver(_ event: Event) -> Outcome? {
        if let crashKey, event == .key(crashKey) {
            fatalError("hearsay: crash requested with the debug key (HEARSAY_DEBUG_CRASH_KEY)")
        }
        var draws = event != .idle
        var pending = [event]
        while !pending.isEmpty {
            for effect in state.update(pending.removeFirst()) {
                switch effect {
                case .quit: return .quit
                case .suspend:
                    backend.suspend()
                    if backend.size != state.size { pending.append(.resize(backend.size)) }
                case .redrawScreen: backend.redrawAll()
                case .drawFrame: draws = true
                default: pending += performEffect(effect)
                }
            }
        }
        if draws { drawFrame() }
        return nil
    }

    /// Draws the first frame (then calls `afterFirstFrame`) and runs until an effect quits, the
    /// session is interrupted or the input ends.
    public mutating func run(afterFirstFrame: (() -> Void)? = nil) -> Outcome {
        drawFrame()
        afterFirstFrame?()
        let clock = ContinuousClock()
        var nextTick = tickMilliseconds.map { clock.now + .milliseconds($0) }
        while true {
            // Whether a source may post more, asked before taking what it posted: a source closes
            // after its last post, so nothing it posted is left behind once it is seen closed.
            let sourcesOpen = inbox?.isOpen ?? false
            if let outcome = deliverPosted() { return outcome }
            let idle = state.idlePollMilliseconds
            var wait = idle ?? tickMilliseconds.map { Int32($0) }
            if sourcesOpen, let poll = inbox?.pollMilliseconds { wait = min(wait ?? poll, poll) }
            var event = backend.nextEvent(waitingAtMost: wait)
            if interrupted() { return .interrupted }
            if event == nil, let due = nextTick, clock.now >= due, let interval = tickMilliseconds {
                event = .tick
                nextTick = clock.now + .milliseconds(interval)
            }
            if event == nil {
                if wait == nil { return .inputEnded }
                if idle != nil { event = .idle }
            }
            guard let event else { continue }
            if let outcome = deliver(event) { return outcome }
        }
    }

    /// Delivers what other threads posted since the last look.
    private mutating func deliverPosted() -> Outcome? {
        guard let inbox else { return nil }
        for event in inbox.take() {
            if let outcome = deliver(event) { return outcome }
        }
        return nil
    }
}
