/// Someone who speaks in a transcript.
public struct Speaker: Sendable, Hashable, Identifiable {
    /// Stable across articles and sessions: the name case-folded with runs of white space collapsed.
    public var id: String
    /// The name as first written.
    public var name: String

    public init(name: String) {
        self.name = name
        self.id = Speaker.id(for: name)
    }

    public static func id(for name: String) -> String {
        name.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ").lowercased()
    }
}

/// One dialogue turn: a speaker's words, possibly over several paragraphs.
public struct Turn: Sendable, Hashable {
    /// Index into `Article.speakers`.
    public var speaker: Int
    /// The turn's blocks: one `.turn` block, then any `.turnContinuation` blocks.
    public var blocks: Range<Int>
    /// Timestamp as written (`00:03:12`), when the line had one.
    public var timestamp: String?

    public init(speaker: Int, blocks: Range<Int>, timestamp: String? = nil) {
        self.speaker = speaker
        self.blocks = blocks
        self.timestamp = timestamp
    }
}
