/// A colour as the terminal will be asked to draw it, after mapping to its colour depth.
public enum TerminalColor: Sendable, Hashable {
    /// The terminal's own default foreground or background.
    case `default`
    /// An index into the terminal's palette: 0–7, 0–15 or 0–255 depending on its depth.
    case indexed(UInt8)
    /// 24-bit colour, for terminals that draw it.
    case rgb(UInt8, UInt8, UInt8)
}

/// Attributes that do not depend on colour (the only styling left under NO_COLOR or monochrome).
public struct TerminalAttributes: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let bold = TerminalAttributes(rawValue: 1 << 0)
    public static let dim = TerminalAttributes(rawValue: 1 << 1)
    public static let italic = TerminalAttributes(rawValue: 1 << 2)
    public static let underline = TerminalAttributes(rawValue: 1 << 3)
    public static let reverse = TerminalAttributes(rawValue: 1 << 4)
}

/// What one screen cell looks like: the unit the UI renders and the backend draws.
public struct TerminalStyle: Sendable, Hashable {
    public var foreground: TerminalColor
    public var background: TerminalColor
    public var attributes: TerminalAttributes

    public init(foreground: TerminalColor = .default, background: TerminalColor = .default, attributes: TerminalAttributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    public static let plain = TerminalStyle()
}
