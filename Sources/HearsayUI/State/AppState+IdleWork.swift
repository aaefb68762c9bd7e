extension AppState {
    /// How long the loop may wait for a key before the next slice of work between keys (`.idle`):
    /// at once while searching (a slice is a few ms), gently while laying out ahead; `nil` when
    /// nothing is left to do.
    public var idlePollMilliseconds: Int32? {
        if hasSearchWork { return 1 }
        return worksAhead ? 20 : nil
    }

    /// `.idle`: one slice of the work done while no key waits. The search goes on, then the
    /// article on screen is laid out and folded ahead. Draws only when the screen changed.
    mutating func doIdleWork() -> [Effect] {
        let changed = advanceSearchWork()
        worksAhead = workAhead() || hasSearchWork
        return changed ? [.drawFrame] : []
    }
}
