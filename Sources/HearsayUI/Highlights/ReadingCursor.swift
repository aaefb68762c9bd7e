import HearsayModel

/// The reading cursor: a sentence in the reader or the dialogue view, and, while selecting, the
/// sentence the selection started from.
public struct ReadingCursor: Sendable, Hashable {
    /// The view it belongs to (`.reader` or `.dialogue`); it is shown only there.
    public var pane: Pane
    /// Index into `Corpus.articles`.
    public var article: Int
    /// The sentence under the cursor (the end of the selection that moves).
    public var head: SentenceSpot
    /// Where the selection started, while selecting.
    public var selectionStart: SentenceSpot?

    public init(pane: Pane, article: Int, head: SentenceSpot, selectionStart: SentenceSpot? = nil) {
        self.pane = pane
        self.article = article
        self.head = head
        self.selectionStart = selectionStart
    }

    public var isSelecting: Bool { selectionStart != nil }

    /// The text covered: the head's sentence, or everything from the selection's start to the head.
    public var range: Range<TextPosition> {
        guard let other = selectionStart else { return head.start..<head.end }
        return min(head.start, other.start)..<max(head.end, other.end)
    }
}
