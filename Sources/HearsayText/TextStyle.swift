/// What a stretch of laid-out text is, for the theme to colour. Semantic, not visual: the UI
/// maps it to the theme's colours, so layout never depends on the theme.
public struct TextStyle: Sendable, Hashable {
    public enum Role: Sendable, Hashable {
        case body
        case title
        case heading
        case metadata
        case lede
        case keyPoint
        case quote
        case link
        case image
        /// A speaker's name; the index is into `Article.speakers` (the UI picks the colour).
        case speaker(Int)
        case timestamp
        case stageDirection
        case rule
    }

    public struct Emphasis: OptionSet, Sendable, Hashable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        public static let bold = Emphasis(rawValue: 1 << 0)
        public static let italic = Emphasis(rawValue: 1 << 1)
        public static let underline = Emphasis(rawValue: 1 << 2)
    }

    public var role: Role
    public var emphasis: Emphasis

    public init(role: Role = .body, emphasis: Emphasis = []) {
        self.role = role
        self.emphasis = emphasis
    }

    public static let body = TextStyle()
}
