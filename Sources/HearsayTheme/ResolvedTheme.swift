/// A theme made concrete for one terminal: every role a `TerminalStyle` at a `ColorDepth`.
///
/// Roles the theme lacks come from `fallback` (the default theme). A role's unset colours
/// inherit the `screen` role's, except `strong`, `emphasis` and `selection`, which are overlays
/// on other roles: their unset colours stay `.default`, meaning "keep the underlying colour".
/// At `.none` every colour is `.default` and roles use their `mono` attributes. Speaker colours
/// that become the same at this depth are merged (8 colours leave fewer distinct speakers).
public struct ResolvedTheme: Sendable, Hashable {
    public let name: String
    public let depth: ColorDepth
    public let roles: [ThemeRole: TerminalStyle]
    public let speakers: [TerminalStyle]
    public let highlights: [TerminalColor]
    public let highlightAttributes: TerminalAttributes

    public init(_ theme: Theme, depth: ColorDepth, fallback: Theme? = nil) {
        name = theme.name
        self.depth = depth
        let colorless = depth == .none
        func role(_ role: ThemeRole) -> ThemeRoleStyle {
            theme.roles[role] ?? fallback?.roles[role] ?? ThemeRoleStyle()
        }
        let screen = role(.screen)
        func resolve(_ style: ThemeRoleStyle, inherit: Bool = true) -> TerminalStyle {
            let foreground = style.foreground ?? (inherit ? screen.foreground : nil) ?? .default
            let background = style.background ?? (inherit ? screen.background : nil) ?? .default
            return TerminalStyle(
                foreground: ColorMapper.map(foreground, to: depth),
                background: ColorMapper.map(background, to: depth),
                attributes: colorless ? (style.monochromeAttributes ?? style.attributes) : style.attributes)
        }
        var roles: [ThemeRole: TerminalStyle] = [:]
        for themeRole in ThemeRole.allCases {
            roles[themeRole] = resolve(role(themeRole), inherit: !Self.overlays.contains(themeRole))
        }
        self.roles = roles
        let speakerSource = theme.speakers.isEmpty ? fallback?.speakers ?? [] : theme.speakers
        // Colours that map to the same entry at a low depth are kept once, so that the
        // speakers of an article stay distinct as long as the terminal has colours for them.
        var seen = Set<TerminalStyle>()
        speakers = speakerSource.map { resolve($0) }.filter { seen.insert($0).inserted }
        let highlightSource = theme.highlights.isEmpty ? fallback ?? theme : theme
        highlights = highlightSource.highlights.map { ColorMapper.map($0, to: depth) }
        highlightAttributes = colorless
            ? (highlightSource.highlightMonochromeAttributes ?? highlightSource.highlightAttributes)
            : highlightSource.highlightAttributes
    }

    public subscript(role: ThemeRole) -> TerminalStyle { roles[role] ?? .plain }

    /// Roles drawn over another role's text: their unset colours keep the text's own.
    public static let overlays: Set<ThemeRole> = [.strong, .emphasis, .selection]
}
