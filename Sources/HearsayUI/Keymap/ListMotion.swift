/// The moves every list-like view shares (the article list, the help, the speaker filter), with
/// the same keys everywhere: `j`/`k` and arrows, `g`/`G` and Home/End, PgDn/PgUp, Ctrl-f/Ctrl-b
/// and Space/`b`. A view binds them with `bindings` and moves with `moved`.
public enum ListMotion: Sendable, Hashable, CaseIterable {
    case down, up, top, bottom, pageDown, pageUp, halfPageDown, halfPageUp

    /// The keys of each move, as every list binds them.
    public var keys: [Key] {
        switch self {
        case .down: [.character("j"), .down]
        case .up: [.character("k"), .up]
        case .top: [.character("g"), .home]
        case .bottom: [.character("G"), .end]
        case .pageDown: [.pageDown, .control("f"), .space]
        case .pageUp: [.pageUp, .control("b"), .character("b")]
        case .halfPageDown: [.control("d")]
        case .halfPageUp: [.control("u")]
        }
    }

    /// Whether the move turns pages (the view's top moves with it, as in a pager).
    public var isPaging: Bool { ![.down, .up, .top, .bottom].contains(self) }

    /// The moves every list has; half pages only where a view pages through text (the help).
    public static let basic: [ListMotion] = [.down, .up, .top, .bottom, .pageDown, .pageUp]

    /// What the help says about each move, in a view's own words (`next speaker`).
    public struct Descriptions: Sendable {
        public var down, up, top, bottom: String
        public var pageDown = "page down", pageUp = "page up"
        public var halfPageDown = "half a page down", halfPageUp = "half a page up"

        public init(down: String, up: String, top: String, bottom: String) {
            self.down = down
            self.up = up
            self.top = top
            self.bottom = bottom
        }

        func text(for motion: ListMotion) -> String {
            switch motion {
            case .down: down
            case .up: up
            case .top: top
            case .bottom: bottom
            case .pageDown: pageDown
            case .pageUp: pageUp
            case .halfPageDown: halfPageDown
            case .halfPageUp: halfPageUp
            }
        }
    }

    /// Key bindings for `motions`, leaving out keys the view needs for something else (Space
    /// toggles a speaker in the filter).
    public static func bindings(
        _ descriptions: Descriptions, motions: [ListMotion] = basic, except taken: Set<Key> = [],
        action: (ListMotion) -> Action
    ) -> [KeyBinding] {
        motions.map { motion in
            KeyBinding(motion.keys.filter { !taken.contains($0) }, action(motion), descriptions.text(for: motion))
        }
    }

    /// The position after this move in a list of `count` items, `page` of them on screen.
    public func moved(from position: Int, count: Int, page: Int) -> Int {
        guard count > 0 else { return 0 }
        let page = max(1, page), half = max(1, page / 2)
        let target: Int
        switch self {
        case .down: target = position + 1
        case .up: target = position - 1
        case .top: target = 0
        case .bottom: target = count - 1
        case .pageDown: target = position + page
        case .pageUp: target = position - page
        case .halfPageDown: target = position + half
        case .halfPageUp: target = position - half
        }
        return min(max(0, target), count - 1)
    }
}
