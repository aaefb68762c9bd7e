/// Maps colours down to what a terminal of a given depth can draw, choosing the nearest palette
/// entry by CIEDE2000 (see `ColorDifference`).
///
/// Nearest-256 searches entries 16–255 only (the cube and the grey ramp), because terminals let
/// users redefine 0–15 and so their RGB values are unknown; nearest-16 and nearest-8 search the
/// ANSI entries with xterm's default values, which is the best guess there is.
public enum ColorMapper {
    /// The terminal colour for a theme colour at `depth` (`.default` under `.none`).
    public static func map(_ color: ThemeColor, to depth: ColorDepth) -> TerminalColor {
        switch color {
        case .default: return .default
        case .indexed(let index): return map(TerminalColor.indexed(index), to: depth)
        case .rgb(let rgb): return map(TerminalColor.rgb(rgb.red, rgb.green, rgb.blue), to: depth)
        }
    }

    /// A terminal colour re-expressed for `depth`: palette indices the depth lacks become the
    /// nearest entry it has; RGB becomes the nearest entry below true colour.
    public static func map(_ color: TerminalColor, to depth: ColorDepth) -> TerminalColor {
        switch (color, depth) {
        case (_, .none), (.default, _): return .default
        case (.rgb, .trueColor), (.indexed, .trueColor), (.indexed, .colors256): return color
        case (.indexed(let index), .colors16):
            return index < 16 ? color : .indexed(nearest16(XtermPalette.rgb(forIndex: index)))
        case (.indexed(let index), .colors8):
            if index < 8 { return color }
            // A bright ANSI colour keeps its hue (9, bright red → 1, red) rather than the
            // nearest by value, which for the brights is often white or grey.
            if index < 16 { return .indexed(index - 8) }
            return .indexed(nearest8(XtermPalette.rgb(forIndex: index)))
        case (.rgb(let red, let green, let blue), .colors256): return .indexed(nearest256(RGBColor(red, green, blue)))
        case (.rgb(let red, let green, let blue), .colors16): return .indexed(nearest16(RGBColor(red, green, blue)))
        case (.rgb(let red, let green, let blue), .colors8): return .indexed(nearest8(RGBColor(red, green, blue)))
        }
    }

    /// The nearest entry of 16–255 of the xterm palette.
    public static func nearest256(_ color: RGBColor) -> UInt8 { nearest(color, among: 16...255) }
    /// The nearest of the 16 ANSI colours.
    public static func nearest16(_ color: RGBColor) -> UInt8 { nearest(color, among: 0...15) }
    /// The nearest of the 8 basic ANSI colours.
    public static func nearest8(_ color: RGBColor) -> UInt8 { nearest(color, among: 0...7) }

    private static let paletteLab: [LabColor] = XtermPalette.colors.map(LabColor.init)

    /// Ties go to the lower index, so results are deterministic.
    private static func nearest(_ color: RGBColor, among indices: ClosedRange<Int>) -> UInt8 {
        let target = LabColor(color)
        var best = indices.lowerBound
        var bestDistance = Double.infinity
        for index in indices {
            let distance = ColorDifference.ciede2000(target, paletteLab[index])
            if distance < bestDistance {
                best = index
                bestDistance = distance
            }
        }
        return UInt8(best)
    }
}
