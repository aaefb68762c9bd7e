/// A theme made concrete for one terminal: every role a `TerminalStyle` at a `ColorDepth`.
///
/// Roles the theme lacks come from `fallback` (the default theme). A role's unset colours
/// inherit the `screen` role's, except `strong`, `emphasis` and `selection`, which are overlays
/// on other roles: their unset colours stay `.default`, meaning "keep the underlying colour".
/// At `.none` every colour is `.default` and roles use their `mono` attributes.
///
/// At 256, 16 and 8 colours nothing may vanish in the mapping: a role whose text would land on
/// its own background is repaired (`RoleResolver`), and the five highlight colours keep entries
/// of their own, apart from the page and the text (`HighlightColorAssignment`). Speaker colours
/// that become the same are merged (8 colours leave fewer distinct speakers).
public struct ResolvedTheme: Sendable, Hashable {
    public let name: String
    public let depth: ColorDepth
    public let roles: [ThemeRole: TerminalStyle]
    public let speakers: [TerminalStyle]
    public let highlights: [TerminalColor]
    public let highlightAttributes: TerminalAttributes
    /// Attributes of each highlight colour of its own (`HighlightMarks`) where the colours do not
    /// tell the five apart (no colour, or too few); empty where they do.
    public let highlightMarks: [TerminalAttributes]
    /// The page at this depth: the `screen` role's colours, or for `default` ones a guess at the
    /// terminal's own (`PageColors`), which is what the repairs keep text apart from.
    public let page: TerminalStyle

    public init(_ theme: Theme, depth: ColorDepth, fallback: Theme? = nil) {
        name = theme.name
        self.depth = depth
        func role(_ role: ThemeRole) -> ThemeRoleStyle {
            theme.roles[role] ?? fallback?.roles[role] ?? ThemeRoleStyle()
        }
        let speakerSource = theme.speakers.isEmpty ? fallback?.speakers ?? [] : theme.speakers
        let screen = role(.screen)
        let pageColors = PageColors(
            screen: screen, roles: ThemeRole.allCases.filter { $0 != .screen }.map(role),
            speakers: speakerSource)
        let resolver = RoleResolver(depth: depth, screen: screen, page: pageColors)
        page = depth == .none ? .plain : resolver.page
        var roles: [ThemeRole: TerminalStyle] = [:]
        for themeRole in ThemeRole.allCases {
            roles[themeRole] = resolver.resolve(role(themeRole), inherit: !Self.overlays.contains(themeRole))
        }
        self.roles = roles
        // Colours that map to the same entry at a low depth are kept once, so that the
        // speakers of an article stay distinct as long as the terminal has colours for them.
        var seen = Set<TerminalStyle>()
        speakers = speakerSource.map { resolver.resolve($0) }.filter { seen.insert($0).inserted }

        let highlightSource = theme.highlights.isEmpty ? fallback ?? theme : theme
        let body = roles[.body] ?? .plain
        let text = body.foreground == .default ? resolver.page.foreground : body.foreground
        let assigned = HighlightColorAssignment.assign(
            highlightSource.highlights, at: depth,
            avoiding: [resolver.page.background, text])
        highlights = assigned.colors
        highlightMarks = depth == .none || !assigned.distinct ? HighlightMarks.withoutColor : []
        if depth == .none {
            highlightAttributes = highlightSource.highlightMonochromeAttributes ?? highlightSource.highlightAttributes
        } else {
            // Colours too few to keep the highlights apart: their `mono` attributes mark them.
            highlightAttributes = highlightSource.highlightAttributes
                .union(assigned.distinct ? [] : highlightSource.highlightMonochromeAttributes ?? [])
        }
    }

    public subscript(role: ThemeRole) -> TerminalStyle { roles[role] ?? .plain }

    /// Roles drawn over another role's text: their unset colours keep the text's own.
    public static let overlays: Set<ThemeRole> = [.strong, .emphasis, .selection]
}
