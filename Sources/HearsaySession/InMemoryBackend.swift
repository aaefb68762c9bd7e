import Dispatch
import HearsayTheme
import HearsayUI

/// A terminal in memory for the session loop: input from a script, frames kept as the terminal
/// would show them, and the time from each event to its frame (the benchmarks' figure).
public final class InMemoryBackend: TerminalBackend {
    public enum Input: Sendable, Hashable {
        case event(Event)
        /// A person's pause between keys: no key comes until the work between keys is done.
        case pause
    }

    /// One frame drawn for an event from the script.
    public struct Frame: Sendable {
        public var event: Event
        /// From handing out the event to the frame drawn (update, effects, render, diff).
        public var milliseconds: Double
        /// Cells written to the terminal.
        public var changedCells: Int
    }

    public private(set) var size: ScreenSize
    public let colorDepth: ColorDepth
    private var inputs: [Input]
    private var next = 0
    /// What the terminal shows now (the last frame drawn).
    public private(set) var screen: ScreenBuffer?
    public private(set) var frames: [Frame] = []
    /// Every frame drawn, those after the work between keys included.
    public private(set) var drawCount = 0
    public private(set) var suspensions = 0
    public private(set) var fullRedraws = 0
    /// The event handed out and when, until its frame is drawn.
    private var delivered: (event: Event, at: UInt64)?

    public init(size: ScreenSize, colorDepth: ColorDepth = .trueColor, inputs: [Input] = []) {
        self.size = size
        self.colorDepth = colorDepth
        self.inputs = inputs
    }

    /// Adds input after what is scripted.
    public func append(_ more: [Input]) { inputs += more }

    public func nextEvent(waitingAtMost milliseconds: Int32?) -> Event? {
        delivered = nil
        while next < inputs.count {
            switch inputs[next] {
            case .pause:
                // The loop polls while it has work between keys; it waits without a limit
                // (or only for its tick) once it has none: then the pause is over.
                if let milliseconds, milliseconds < 1000 { return nil }
                next += 1
            case .event(let event):
                next += 1
                if case .resize(let newSize) = event { size = newSize }
                delivered = (event, DispatchTime.now().uptimeNanoseconds)
                return event
            }
        }
        return nil
    }

    public func draw(_ buffer: inout ScreenBuffer) {
        drawCount += 1
        let changes = buffer.changes(since: fullRedrawPending ? nil : screen)
        fullRedrawPending = false
        if let delivered {
            let elapsed = Double(DispatchTime.now().uptimeNanoseconds - delivered.at) / 1e6
            frames.append(Frame(event: delivered.event, milliseconds: elapsed, changedCells: changes.count))
            self.delivered = nil
        }
        // As the terminal does: keep this frame, hand back the storage of the one before.
        if screen?.size == buffer.size {
            swap(&screen!, &buffer)
        } else {
            screen = buffer
        }
    }

    private var fullRedrawPending = false

    public func suspend() {
        suspensions += 1
        fullRedrawPending = true
    }

    public func redrawAll() {
        fullRedrawPending = true
        fullRedraws += 1
    }
}
