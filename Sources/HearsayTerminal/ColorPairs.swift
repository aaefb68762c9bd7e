import CTerminal
import HearsayTheme

/// Colour pairs allocated on demand: one per (foreground, background) the screen uses, with
/// each `TerminalColor` turned into an ncurses colour number for the terminal's `ColorOutput`.
/// Defining a pair goes through `Curses`, so the numbering is tested without a terminal. The
/// terminal's palette is never redefined: it is the user's.
struct ColorPairs {
    /// The curses call that defines what a pair number shows.
    struct Curses {
        var definePair: (_ pair: Int32, _ foreground: Int32, _ background: Int32) -> Void

        static var terminal: Curses {
            Curses(definePair: { pair, foreground, background in _ = init_extended_pair(pair, foreground, background) })
        }
    }

    private struct Key: Hashable {
        var foreground: Int32
        var background: Int32
    }

    private var pairs: [Key: Int32] = [:]
    private let maximumPairs: Int32
    let output: ColorOutput
    private let curses: Curses

    /// `maximumPairs`: COLOR_PAIRS of the terminal opened (by default, asked of curses).
    init(output: ColorOutput, maximumPairs: Int32? = nil, curses: Curses = .terminal) {
        self.output = output
        self.maximumPairs = output == .none ? 0 : maximumPairs ?? ct_color_pairs()
        self.curses = curses
    }

    /// The pair number for a style's colours (0, the terminal's default, when colours are off
    /// or pairs ran out).
    mutating func pair(for style: TerminalStyle) -> Int32 {
        if output == .none { return 0 }
        let key = Key(foreground: number(for: style.foreground), background: number(for: style.background))
        if key.foreground == -1 && key.background == -1 { return 0 }
        if let pair = pairs[key] { return pair }
        let number = Int32(pairs.count + 1)
        guard number < maximumPairs else { return 0 }
        curses.definePair(number, key.foreground, key.background)
        pairs[key] = number
        return number
    }

    /// The ncurses colour number for `color` (-1: the terminal's default colour).
    private mutating func number(for color: TerminalColor) -> Int32 {
        switch output {
        case .none:
            return -1
        case .palette(let depth):
            if case .indexed(let index) = ColorMapper.map(color, to: depth) { return Int32(index) }
            return -1
        case .direct(let paletteSize):
            switch color {
            case .default: return -1
            case .indexed(let index) where Int(index) < paletteSize: return Int32(index)
            case .indexed(let index): return Self.packed(XtermPalette.rgb(forIndex: index))
            case .rgb(let red, let green, let blue): return Self.packed(RGBColor(red, green, blue))
            }
        }
    }

    /// 0xRRGGBB for a direct-colour description. Values below 256 would be read as palette
    /// entries, so those (pure dark blues and black) get green 1, which no one can see.
    private static func packed(_ color: RGBColor) -> Int32 {
        let value = Int32(color.red) << 16 | Int32(color.green) << 8 | Int32(color.blue)
        return value < 256 ? value | 0x100 : value
    }
}
