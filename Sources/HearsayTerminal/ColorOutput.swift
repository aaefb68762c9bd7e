import HearsayTheme

/// How the backend turns a `TerminalColor` into an ncurses colour number, decided once when the
/// terminal opens.
enum ColorOutput: Sendable, Hashable {
    /// No colour: every cell uses pair 0 (attributes only).
    case none
    /// A palette of 8, 16 or 256 entries; RGB is mapped to the nearest entry (`ColorMapper`).
    case palette(ColorDepth)
    /// A direct-colour terminal description (`RGB`, COLORS = 2^24, e.g. `xterm-direct256`):
    /// colour numbers below `paletteSize` are palette entries, others are 0xRRGGBB, sent as
    /// `38:2::r:g:b`.
    case direct(paletteSize: Int)
}
