import HearsayModel

/// One change to the highlights as undo and redo see it: the highlights it touched, as they were
/// before and as they are after (a new highlight has no before, a removed one no after, a merge
/// several befores and one after).
public struct HighlightChange: Sendable, Hashable {
    public var before: [Highlight]
    public var after: [Highlight]

    public init(before: [Highlight], after: [Highlight]) {
        self.before = before
        self.after = after
    }

    /// The article the change is in.
    public var articleID: String? { (after.first ?? before.first)?.articleID }

    /// What the change did, for the messages `undone: …` and `redone: …`.
    public var summary: String {
        switch (before.count, after.count) {
        case (0, _): return "new highlight"
        case (_, 0): return before.count == 1 ? "removal" : "removal of \(before.count) highlights"
        case (1, 1):
            let old = before[0], new = after[0]
            if old.anchor != new.anchor { return "extension" }
            if old.color != new.color { return "colour \(old.color) → \(new.color)" }
            if old.note != new.note {
                if old.note == nil { return "new note" }
                return new.note == nil ? "note removal" : "note edit"
            }
            return "highlight change"
        default: return "merge of \(before.count) highlights"
        }
    }
}

/// The highlight changes that `u` undoes and `Ctrl-R` redoes, newest last; at most `limit` are
/// kept (the oldest go first), and a new change clears what could be redone, as in vim.
public struct HighlightHistory: Sendable, Hashable {
    public static let limit = 100

    public private(set) var undoable: [HighlightChange] = []
    public private(set) var redoable: [HighlightChange] = []

    public init() {}

    public mutating func record(_ change: HighlightChange) {
        undoable.append(change)
        if undoable.count > Self.limit { undoable.removeFirst(undoable.count - Self.limit) }
        redoable.removeAll()
    }

    /// The change to undo, moved to the redo side.
    public mutating func takeUndo() -> HighlightChange? {
        guard let change = undoable.popLast() else { return nil }
        redoable.append(change)
        return change
    }

    /// The change to redo, moved back to the undo side.
    public mutating func takeRedo() -> HighlightChange? {
        guard let change = redoable.popLast() else { return nil }
        undoable.append(change)
        return change
    }
}
