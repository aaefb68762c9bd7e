import CTerminal
import HearsayTheme

/// Colour pairs allocated on demand: one per (foreground, background) the screen uses.
struct ColorPairs {
    private struct Key: Hashable {
        var foreground: Int32
        var background: Int32
    }

    private var pairs: [Key: Int32] = [:]
    private let colors: Int32
    private let maximumPairs: Int32
    let enabled: Bool

    init(enabled: Bool) {
        self.enabled = enabled
        colors = enabled ? ct_colors() : 0
        maximumPairs = enabled ? ct_color_pairs() : 0
    }

    /// The pair number for a style's colours (0, the terminal's default, when colours are off
    /// or pairs ran out).
    mutating func pair(for style: TerminalStyle) -> Int32 {
        guard enabled else { return 0 }
        let key = Key(foreground: index(style.foreground), background: index(style.background))
        if key.foreground == -1 && key.background == -1 { return 0 }
        if let pair = pairs[key] { return pair }
        let number = Int32(pairs.count + 1)
        guard number < maximumPairs else { return 0 }
        init_extended_pair(number, key.foreground, key.background)
        pairs[key] = number
        return number
    }

    /// The palette index for a colour at this terminal's depth (-1: the default colour).
    private func index(_ color: TerminalColor) -> Int32 {
        switch color {
        case .default:
            return -1
        case .indexed(let value):
            let index = Int32(value)
            if index < colors { return index }
            return colors >= 8 ? index % 8 : -1
        case .rgb(let red, let green, let blue):
            if colors >= 256 {
                // The 6×6×6 cube of the xterm palette.
                func level(_ component: UInt8) -> Int32 { Int32((Int(component) * 5 + 127) / 255) }
                return 16 + 36 * level(red) + 6 * level(green) + level(blue)
            }
            let bright = Int(red) + Int(green) + Int(blue) > 384
            let index = Int32((red > 127 ? 1 : 0) | (green > 127 ? 2 : 0) | (blue > 127 ? 4 : 0))
            return bright && colors >= 16 ? index + 8 : index
        }
    }
}
