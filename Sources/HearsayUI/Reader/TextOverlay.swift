import HearsayText

/// What the UI draws over laid-out text (never part of the layout): a user highlight, a search
/// match, the reading cursor's selection.
public struct TextOverlay: Sendable, Hashable {
    /// A search match drawn over the text.
    public enum Match: Sendable, Hashable {
        case match
        case current
    }

    /// A user highlight colour (1...5).
    public var highlight: Int?
    public var match: Match?
    /// Under the reading cursor or inside the selection being made.
    public var selected: Bool
    /// Words of a quote or the name of who said them: drawn in that person's colour.
    public var quoted: QuotedSpeaker?

    public init(highlight: Int? = nil, match: Match? = nil, selected: Bool = false) {
        self.highlight = highlight
        self.match = match
        self.selected = selected
    }

    public static let none = TextOverlay()
}

/// A laid-out run with what is drawn over it.
public struct DecoratedRun: Sendable, Hashable {
    public var run: StyledRun
    public var overlay: TextOverlay

    public init(_ run: StyledRun, overlay: TextOverlay = .none) {
        self.run = run
        self.overlay = overlay
    }
}

/// Who said a quote, for its colour: one of the article's speakers (the colour the dialogue view
/// gives them) or someone only quoted (the stable colour of their id).
public enum QuotedSpeaker: Sendable, Hashable {
    case articleSpeaker(Int)
    case person(id: String)
}
