/// How a theme draws one role: colours (unset ones inherit the theme's `screen` colours),
/// attributes, and the attributes to use instead when colour is off (`mono`).
public struct ThemeRoleStyle: Sendable, Hashable {
    public var foreground: ThemeColor?
    public var background: ThemeColor?
    public var attributes: TerminalAttributes
    /// Attributes used when there is no colour (monochrome terminal, `NO_COLOR`, `--color=never`),
    /// so a role that colour alone distinguished (a selected row, a search match) still shows;
    /// `nil` keeps `attributes`.
    public var monochromeAttributes: TerminalAttributes?

    public init(
        foreground: ThemeColor? = nil, background: ThemeColor? = nil, attributes: TerminalAttributes = [],
        monochromeAttributes: TerminalAttributes? = nil
    ) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
        self.monochromeAttributes = monochromeAttributes
    }
}
