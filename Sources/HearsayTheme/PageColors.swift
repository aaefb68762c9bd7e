/// What the page a theme is drawn on looks like, in RGB: the `screen` role's colours, and where
/// the theme leaves them to the terminal (`default`), a guess at the terminal's own. Mapping to
/// a small palette needs it to tell when a colour would vanish into the page.
///
/// The guess follows the theme's own colours: a theme whose text colours drawn on the page are
/// light on average (CIELAB L* above 50) was made for a dark terminal, taken to be black with
/// xterm's light grey text (#e5e5e5); otherwise a white page with black text. A theme with no
/// text colours at all is taken to be on a dark terminal, the more common kind.
public struct PageColors: Sendable, Hashable {
    public var foreground: RGBColor
    public var background: RGBColor

    public static let dark = PageColors(foreground: RGBColor(0xe5, 0xe5, 0xe5), background: RGBColor(0, 0, 0))
    public static let light = PageColors(foreground: RGBColor(0, 0, 0), background: RGBColor(0xff, 0xff, 0xff))

    public init(foreground: RGBColor, background: RGBColor) {
        self.foreground = foreground
        self.background = background
    }

    /// `roles` are all the theme's roles but `screen`, `speakers` its speaker colours.
    public init(screen: ThemeRoleStyle, roles: [ThemeRoleStyle], speakers: [ThemeRoleStyle]) {
        let guess: PageColors
        if let background = screen.background?.displayedRGB {
            guess = Self.isLight(background) ? .light : .dark
        } else if let foreground = screen.foreground?.displayedRGB {
            guess = Self.isLight(foreground) ? .dark : .light
        } else {
            // Only colours drawn on the page say what the page is; a role's own background
            // says nothing about it.
            let onPage = (roles.filter { $0.background == nil } + speakers).compactMap { $0.foreground?.displayedRGB }
            let meanLightness = onPage.map { LabColor($0).lightness }.reduce(0, +) / Double(max(onPage.count, 1))
            guess = onPage.isEmpty || meanLightness > 50 ? .dark : .light
        }
        self.init(
            foreground: screen.foreground?.displayedRGB ?? guess.foreground,
            background: screen.background?.displayedRGB ?? guess.background)
    }

    private static func isLight(_ color: RGBColor) -> Bool { LabColor(color).lightness > 50 }
}
