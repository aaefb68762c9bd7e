/// What is on screen (the view with the keyboard and the overlay over it) and the back trail:
/// the places `q` returns to, most recent last, as mutt and newsboat return to where you came
/// from. Only `AppState.go(to:)`, `goBack()` and the prompt's opening and closing change them.
/// The list is the root. Going back and forth between two views again (reader, dialogue,
/// reader, dialogue) folds the repeat, so the trail stays a few places long.
public struct Navigator: Sendable {
    public private(set) var focus: Pane = .list
    public private(set) var overlay: Overlay?
    public private(set) var trail: [Place] = []
    /// The overlay the search prompt opened over, back when it closes.
    private var underPrompt: Overlay?

    public init() {}

    /// The views of the places `q` goes back through, oldest first.
    public var trailViews: [Pane] { trail.map(\.focus) }

    /// Shows `focus` with `overlay`, recording `left` (the place left) when it is a step back to.
    mutating func arrive(at focus: Pane, overlay: Overlay?, leaving left: Place?) {
        self.focus = focus
        self.overlay = overlay
        underPrompt = nil
        if focus == .list, overlay == nil {
            trail = []
            return
        }
        if let left { trail.append(left) }
    }

    /// After arriving at `step` by a new step: drops a repeat of the last two places
    /// (reader, dialogue, reader, dialogue), so `q` does not walk the same two views again.
    mutating func foldRepeat(arriving step: Place.Step) {
        let path = trail.map(\.step) + [step]
        if path.count >= 4, path[path.count - 4] == path[path.count - 2], path[path.count - 3] == path[path.count - 1] {
            trail.removeLast(2)
        }
    }

    /// Takes the most recent place off the trail.
    mutating func takePrevious() -> Place? {
        trail.popLast()
    }

    /// The overlay's own state changed (a scroll, a selection), not which overlay is shown.
    mutating func update(_ overlay: Overlay) {
        precondition(
            self.overlay.map(Place.Step.OverlayKind.init) == Place.Step.OverlayKind(overlay),
            "update changes an overlay's state; go(to:) changes which is shown")
        self.overlay = overlay
    }

    /// The search prompt over what is on screen (it is typed in, not a place to go back to).
    mutating func openPrompt() {
        if overlay != .searchPrompt { underPrompt = overlay }
        overlay = .searchPrompt
    }

    /// Closes the prompt: what it was over shows again.
    mutating func closePrompt() {
        guard overlay == .searchPrompt else { return }
        overlay = underPrompt
        underPrompt = nil
    }
}
