/// A parsed theme file: a name, a description, a style per role, the speaker palette and the
/// five highlight colours. Colours are as written; `ResolvedTheme` maps them to a terminal.
public struct Theme: Sendable, Hashable {
    /// The minimum size of the speaker palette.
    public static let minimumSpeakerColors = 8
    /// The number of user highlight colours (keys 1–5).
    public static let highlightColorCount = 5

    public var name: String
    public var description: String
    /// Roles the file defines; missing ones are taken from the default theme when resolving.
    public var roles: [ThemeRole: ThemeRoleStyle]
    /// Speaker name colours (`[speakers] colors`, `attrs`, `mono`), at least 8 when defined.
    public var speakers: [ThemeRoleStyle]
    /// Background colours of user highlights 1–5 (`[highlights] colors`), with the attributes
    /// they add (`attrs`) and use without colour (`mono`).
    public var highlights: [ThemeColor]
    public var highlightAttributes: TerminalAttributes
    public var highlightMonochromeAttributes: TerminalAttributes?

    public init(
        name: String, description: String = "", roles: [ThemeRole: ThemeRoleStyle] = [:],
        speakers: [ThemeRoleStyle] = [], highlights: [ThemeColor] = [],
        highlightAttributes: TerminalAttributes = [], highlightMonochromeAttributes: TerminalAttributes? = nil
    ) {
        self.name = name
        self.description = description
        self.roles = roles
        self.speakers = speakers
        self.highlights = highlights
        self.highlightAttributes = highlightAttributes
        self.highlightMonochromeAttributes = highlightMonochromeAttributes
    }

    /// Roles this theme leaves to the default theme (empty for a complete theme), with
    /// `speakers` and `highlights` named when those tables are missing.
    public var missingRoles: [String] {
        var missing = ThemeRole.allCases.filter { roles[$0] == nil }.map(\.rawValue)
        if speakers.isEmpty { missing.append("speakers") }
        if highlights.isEmpty { missing.append("highlights") }
        return missing
    }
}
