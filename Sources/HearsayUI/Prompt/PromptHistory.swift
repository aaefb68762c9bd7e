/// What was searched for before, for Up/Down at the search prompt (as a shell's history): kept
/// for the session, most recent last, each text once, the oldest dropped past `limit`. The
/// article search and the coverage search share one history; the list filter has its own.
public struct PromptHistory: Sendable, Hashable {
    public private(set) var entries: [String] = []
    public static let limit = 100

    public init(entries: [String] = []) {
        self.entries = entries
    }

    /// Remembers `text` (blank text is not).
    public mutating func add(_ text: String) {
        guard !text.allSatisfy(\.isWhitespace) else { return }
        entries.removeAll { $0 == text }
        entries.append(text)
        if entries.count > Self.limit { entries.removeFirst(entries.count - Self.limit) }
    }
}

/// Walking a history from one prompt: where in it the prompt is, and what was typed before the
/// first Up (Down past the newest entry brings it back).
public struct HistoryBrowsing: Sendable, Hashable {
    /// Index into the entries; `nil` while on the text being typed.
    var position: Int?
    var draft = ""

    /// The text to show after Up (`older`) or Down from `typed`, or `nil` when there is nothing
    /// further that way.
    mutating func step(older: Bool, typed: String, in history: PromptHistory) -> String? {
        let entries = history.entries
        switch (older, position) {
        case (true, nil):
            guard !entries.isEmpty else { return nil }
            draft = typed
            position = entries.count - 1
        case (true, let current?):
            guard current > 0 else { return nil }
            position = current - 1
        case (false, nil):
            return nil
        case (false, let current?):
            if current + 1 < entries.count {
                position = current + 1
            } else {
                position = nil
                return draft
            }
        }
        return entries[position!]
    }
}
