import HearsayModel

/// Moving between an article's matches with `n` / `N`. The UI keeps the current index; these
/// pure helpers say where to go and whether the move wrapped around (for the notice).
public enum MatchNavigation {
    public enum Direction: Sendable, Hashable {
        case forward
        case backward
    }

    /// A match to go to.
    public struct Step: Sendable, Hashable {
        /// Index into the matches.
        public var index: Int
        /// Whether the move went past the last match to the first (or the first to the last).
        public var wrapped: Bool

        public init(index: Int, wrapped: Bool) {
            self.index = index
            self.wrapped = wrapped
        }
    }

    /// The match after (or before) `current` among `count` matches; `nil` when there are none.
    public static func step(from current: Int, count: Int, direction: Direction) -> Step? {
        guard count > 0 else { return nil }
        switch direction {
        case .forward:
            return current + 1 < count ? Step(index: current + 1, wrapped: false) : Step(index: 0, wrapped: true)
        case .backward:
            return current - 1 >= 0 ? Step(index: current - 1, wrapped: false) : Step(index: count - 1, wrapped: true)
        }
    }

    /// Where an incremental search lands: the first match at or after `position` (the reader's
    /// place) going forward, or the last one before it going backward, wrapping around the ends.
    public static func nearest(to position: TextPosition, in matches: [SearchMatch], direction: Direction = .forward) -> Step? {
        guard !matches.isEmpty else { return nil }
        // Index of the first match starting at or after `position` (matches are in reading order).
        var low = 0
        var high = matches.count
        while low < high {
            let middle = (low + high) / 2
            if matches[middle].start < position { low = middle + 1 } else { high = middle }
        }
        switch direction {
        case .forward:
            return low < matches.count ? Step(index: low, wrapped: false) : Step(index: 0, wrapped: true)
        case .backward:
            return low > 0 ? Step(index: low - 1, wrapped: false) : Step(index: matches.count - 1, wrapped: true)
        }
    }

    /// The status bar's counter: "3/17" for the third of seventeen (`current` is 0-based).
    public static func counter(current: Int, count: Int) -> String {
        "\(current + 1)/\(count)"
    }
}
