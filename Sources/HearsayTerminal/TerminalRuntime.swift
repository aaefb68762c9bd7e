import CTerminal
import HearsayTheme
import HearsayUI

/// The loop that runs the pure core on a real terminal: draw, wait for an event, update, carry
/// out the effects. The only place where the core meets the outside world.
public struct TerminalRuntime {
    public var renderer: ScreenRenderer
    /// A hidden key (`!`) that crashes on purpose, to test that a crash restores the terminal.
    public var debugCrashKeyEnabled: Bool
    /// Called once, right after the first frame is on screen (startup measurement).
    public var afterFirstFrame: (() -> Void)?
    /// Carries out an effect other than the terminal's own (`.quit`, `.suspend`, `.redrawScreen`:
    /// saving, loading…) and returns the events
    /// that report its outcome, which go through `update` like any other event.
    public var performEffect: (Effect) -> [Event]
    /// `--color`: whether to use colour (`auto` follows the terminal and `NO_COLOR`).
    public var colorChoice: ColorChoice = .auto
    /// When set, an `Event.tick` goes through `update` this often while no key comes (retrying saves).
    public var tickMilliseconds: Int?

    public init(renderer: ScreenRenderer, debugCrashKeyEnabled: Bool = false, afterFirstFrame: (() -> Void)? = nil,
                performEffect: @escaping (Effect) -> [Event] = { _ in [] }) {
        self.renderer = renderer
        self.debugCrashKeyEnabled = debugCrashKeyEnabled
        self.afterFirstFrame = afterFirstFrame
        self.performEffect = performEffect
    }

    /// Whether stdin and stdout are terminals (checked before loading anything).
    public static var standardStreamsAreTerminal: Bool { ct_stdio_is_terminal() != 0 }

    /// Runs until an effect asks to quit, or a terminating signal (SIGTERM, SIGHUP, SIGINT) came:
    /// then returns it, the terminal restored, for the caller to keep what is unsaved and then
    /// `TerminationSignal.die()`. Throws `TerminalScreen.StartError` when there is no usable
    /// terminal.
    @discardableResult
    public func run(_ initial: (ScreenSize) -> AppState) throws -> TerminationSignal? {
        let screen = try TerminalScreen(colorChoice: colorChoice)
        defer { screen.close() }
        var state = initial(screen.size)
        state.adoptColorDepth(screen.colorDepth)
        var frame = ScreenBuffer(size: state.size)
        renderer.render(state, into: &frame)
        screen.draw(&frame)
        afterFirstFrame?()
        var workAhead = true
        let clock = ContinuousClock()
        var nextTick = tickMilliseconds.map { clock.now + .milliseconds($0) }
        while true {
            // While keys are not coming, work ahead (a few ms at a time) between short waits.
            // Searching goes on at once (a slice is a few ms); laying out ahead is gentler.
            let wait = state.hasSearchWork ? 1 : workAhead ? 20 : tickMilliseconds.map { Int32($0) }
            var event = screen.nextEvent(waitingAtMost: wait)
            if let signal = TerminationSignal.pending { return signal }
            if event == nil, let due = nextTick, clock.now >= due, let interval = tickMilliseconds {
                event = .tick
                nextTick = clock.now + .milliseconds(interval)
            }
            guard let event else {
                // The list filter and the search results go on in slices while no key waits.
                if state.advanceSearchWork() { renderer.render(state, into: &frame); screen.draw(&frame) }
                workAhead = state.workAhead() || state.hasSearchWork
                continue
            }
            workAhead = true
            if debugCrashKeyEnabled, event == .key(.character("!")) {
                fatalError("hearsay: crash requested with the debug key (HEARSAY_DEBUG_CRASH_KEY)")
            }
            var pending = [event]
            while !pending.isEmpty {
                let effects = state.update(pending.removeFirst())
                for effect in effects {
                    switch effect {
                    case .quit: return nil
                    case .suspend:
                        screen.suspend()
                        if screen.size != state.size { pending.append(.resize(screen.size)) }
                    case .redrawScreen: screen.redrawAll()
                    default: pending += performEffect(effect)
                    }
                }
            }
            renderer.render(state, into: &frame)
            screen.draw(&frame)
        }
    }
}
