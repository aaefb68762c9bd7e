import HearsayTheme

/// The themes the user can cycle through with `t`, the current one, and its styles resolved at
/// the terminal's colour depth (what `ScreenRenderer` draws with when the state has a theme).
public struct ThemeState: Sendable {
    public private(set) var themes: [Theme]
    public private(set) var currentIndex: Int
    public private(set) var depth: ColorDepth
    public private(set) var glyphs: Glyphs
    /// The current theme's styles at `depth`.
    public private(set) var styles: Styles
    /// Theme files that could not be read, left out of `themes` (said when cycling, so that
    /// one does not silently vanish).
    public var brokenThemeCount = 0

    /// `themes` must not be empty; `current` names the starting theme (the first when absent).
    public init(themes: [Theme], current: String, depth: ColorDepth, glyphs: Glyphs = .unicode) {
        precondition(!themes.isEmpty, "ThemeState needs at least one theme")
        self.themes = themes
        currentIndex = themes.firstIndex { $0.name == current } ?? 0
        self.depth = depth
        self.glyphs = glyphs
        styles = Styles(theme: themes[currentIndex], depth: depth, glyphs: glyphs)
    }

    public var current: Theme { themes[currentIndex] }
    public var currentName: String { current.name }
    public var names: [String] { themes.map(\.name) }

    /// Switches to the next theme (wrapping round).
    public mutating func cycle() {
        currentIndex = (currentIndex + 1) % themes.count
        restyle()
    }

    /// Re-resolves the theme for a terminal of `depth` (known only once the terminal is open).
    public mutating func setDepth(_ depth: ColorDepth) {
        guard depth != self.depth else { return }
        self.depth = depth
        restyle()
    }

    private mutating func restyle() {
        styles = Styles(theme: current, depth: depth, glyphs: glyphs)
    }
}
