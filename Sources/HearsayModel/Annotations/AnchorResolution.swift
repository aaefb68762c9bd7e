/// Where an anchor's text is in the current version of an article.
public enum AnchorResolution: Sendable, Hashable {
    /// Still at the positions it was stored with.
    case exact(Range<TextPosition>)
    /// The text changed and the quote was found again elsewhere (by its exact text, told apart from
    /// repeats by its prefix and suffix, then by closeness to where it was).
    case moved(to: Range<TextPosition>)
    /// The quoted text is no longer in the article. The highlight is kept and shown as orphaned.
    case orphaned

    /// The current range, unless orphaned.
    public var range: Range<TextPosition>? {
        switch self {
        case .exact(let range), .moved(to: let range): return range
        case .orphaned: return nil
        }
    }

    public var isOrphaned: Bool { self == .orphaned }
}
