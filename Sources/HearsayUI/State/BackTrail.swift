/// Where `q` goes back to: the views the user came through, most recent last, as mutt and
/// newsboat return to where you came from (the reader opened from a dialogue turn goes back to
/// the dialogue). The list is the root. Going back and forth between two views again (reader,
/// dialogue, reader, dialogue) folds the repeat, so the trail stays a few views long.
public struct BackTrail: Sendable, Hashable {
    public private(set) var panes: [Pane] = []
    /// The view `returning(to:)` is going back to: arriving there is not a new step.
    private var returningTo: Pane?

    public init() {}

    /// The view `q` returns to.
    public var previous: Pane? { panes.last }

    /// Before going back to `pane` (the trail's `previous`): takes it off the trail.
    mutating func returning(to pane: Pane) {
        if panes.last == pane { panes.removeLast() }
        returningTo = pane
    }

    /// Records a change of focus.
    mutating func moved(from old: Pane, to new: Pane) {
        if returningTo == new {
            returningTo = nil
            return
        }
        returningTo = nil
        if new == .list {
            panes = []
            return
        }
        panes.append(old)
        let path = panes + [new]
        if path.count >= 4, path[path.count - 4] == path[path.count - 2], path[path.count - 3] == path[path.count - 1] {
            panes.removeLast(2)
        }
    }
}
