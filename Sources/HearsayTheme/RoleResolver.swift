/// Turns one role's style into what the terminal draws at a colour depth: unset colours inherit
/// the `screen` role's (overlays excepted), colours are mapped to the depth, and where mapping
/// to a small palette would make the role vanish it is repaired:
///
/// - a foreground that lands on its own background (the page's, for a role drawn on the page or
///   an overlay) becomes the nearest palette entry that differs (CIEDE2000), and the role takes
///   its `mono` attributes too, since colour may no longer set it apart (read titles at 8
///   colours: black and dim rather than grey on grey);
/// - a background the theme set apart from the page that lands on the page's colour (a selected
///   row, the status bar) takes the role's `mono` attributes (reverse), which show it instead;
/// - so does text on the page that the theme set apart from the page's text by colour alone,
///   when it lands on the text's colour (metadata at 8 colours: dim rather than plain);
/// - on the terminal's own page at 8 or 16 colours, text landing on the guessed text colour is
///   drawn in the terminal's own foreground, which is readable on a light and a dark terminal.
///
/// At true colour the theme's colours are drawn as written.
struct RoleResolver {
    let depth: ColorDepth
    let screen: ThemeRoleStyle
    let pageColors: PageColors
    /// The page at `depth`: what `.default` foregrounds and backgrounds look like.
    let page: TerminalStyle

    init(depth: ColorDepth, screen: ThemeRoleStyle, page: PageColors) {
        self.depth = depth
        self.screen = screen
        pageColors = page
        self.page = TerminalStyle(
            foreground: ColorMapper.map(ThemeColor.rgb(page.foreground), to: depth),
            background: ColorMapper.map(ThemeColor.rgb(page.background), to: depth))
    }

    /// Whether the theme draws on the terminal's own colours (`screen` unset or `default`).
    private var leavesPageToTerminal: Bool {
        (screen.foreground ?? .default) == .default && (screen.background ?? .default) == .default
    }

    /// `inherit`: false for overlays, whose unset colours keep the underlying text's.
    func resolve(_ style: ThemeRoleStyle, inherit: Bool = true) -> TerminalStyle {
        let foreground = style.foreground ?? (inherit ? screen.foreground : nil) ?? .default
        let background = style.background ?? (inherit ? screen.background : nil) ?? .default
        let colorless = depth == .none
        var result = TerminalStyle(
            foreground: ColorMapper.map(foreground, to: depth),
            background: ColorMapper.map(background, to: depth),
            attributes: colorless ? (style.monochromeAttributes ?? style.attributes) : style.attributes)
        guard ColorMapper.palette(for: depth) != nil else { return result }
        let mono = style.monochromeAttributes ?? []
        let shownBackground = result.background == .default ? page.background : result.background

        // A background meant to differ from the page's that maps onto it.
        if background != (screen.background ?? .default), result.background != .default, shownBackground == page.background {
            result.attributes.formUnion(mono)
        }
        // An overlay without a foreground keeps the text's own: nothing to compare.
        guard inherit || result.foreground != .default else { return result }
        let shownForeground = result.foreground == .default ? page.foreground : result.foreground
        // Text on the page meant to differ from the page's text that maps onto it.
        if shownBackground == page.background, foreground != (screen.foreground ?? .default), shownForeground == page.foreground {
            result.attributes.formUnion(mono)
        }
        // Text that maps onto its own background.
        if shownForeground == shownBackground, case .indexed(let clash) = shownBackground,
            let replacement = ColorMapper.nearest(foreground.displayedRGB ?? pageColors.foreground, at: depth, excluding: [clash])
        {
            result.foreground = .indexed(replacement)
            result.attributes.formUnion(mono)
        }
        // On the terminal's own page at 8 or 16 colours the page's text colour is a guess (white
        // for a dark theme): text that lands on it is drawn in the terminal's own foreground,
        // the same where the guess is right and still readable where it is not (grey metadata
        // was dim white, `2;37`, invisible on a white terminal).
        if depth == .colors8 || depth == .colors16, leavesPageToTerminal, result.background == .default,
            result.foreground == page.foreground
        {
            result.foreground = .default
        }
        return result
    }
}
