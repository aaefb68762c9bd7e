import Synchronization

/// Maps colours down to what a terminal of a given depth can draw, choosing the nearest palette
/// entry by CIEDE2000 (see `ColorDifference`).
///
/// Nearest-256 searches entries 16–255 only (the cube and the grey ramp), because terminals let
/// users redefine 0–15 and so their RGB values are unknown; nearest-16 and nearest-8 search the
/// ANSI entries with xterm's default values, which is the best guess there is. Among the ANSI
/// entries a grey (CIELAB chroma below `neutralChroma`) maps to a grey (black, grey, white):
/// the others are fully saturated, and CIEDE2000, which weighs lightness over chroma, would
/// draw a mid grey as red or magenta (Solarized's body text, #839496, at 8 colours).
public enum ColorMapper {
    /// Below this chroma a colour counts as a grey; Solarized's greys have 5–10, its darkest
    /// tint (#002b36) 14.5.
    public static let neutralChroma = 12.0

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

    /// The palette entries `depth` maps RGB colours into (`nil` at true colour and without colour).
    public static func palette(for depth: ColorDepth) -> ClosedRange<UInt8>? {
        switch depth {
        case .colors256: 16...255
        case .colors16: 0...15
        case .colors8: 0...7
        case .trueColor, .none: nil
        }
    }

    /// The entry of `depth`'s palette nearest to `color` other than those in `excluded`; `nil`
    /// when the depth has no palette or every entry is excluded.
    public static func nearest(_ color: RGBColor, at depth: ColorDepth, excluding excluded: Set<UInt8>) -> UInt8? {
        guard let palette = palette(for: depth) else { return nil }
        let allowed = palette.filter { !excluded.contains($0) }
        return allowed.isEmpty ? nil : nearest(color, among: allowed)
    }

    /// The CIEDE2000 difference between `color` and what the terminal shows for entry `index`.
    public static func distance(_ color: RGBColor, toEntry index: UInt8) -> Double {
        ColorDifference.ciede2000(LabColor(color), paletteLab[Int(index)])
    }

    private static let paletteLab: [LabColor] = XtermPalette.colors.map(LabColor.init)

    /// Palette searches already made: a theme uses a few colours in many roles, and each search
    /// is 240 CIEDE2000 differences (startup resolves the theme).
    private static let nearestFound = Mutex<[NearestSearch: UInt8]>([:])

    private struct NearestSearch: Hashable {
        var color: RGBColor
        var palette: ClosedRange<Int>
    }

    private static func nearest(_ color: RGBColor, among indices: ClosedRange<Int>) -> UInt8 {
        let search = NearestSearch(color: color, palette: indices)
        if let found = nearestFound.withLock({ $0[search] }) { return found }
        let found = nearest(color, among: indices.map(UInt8.init))
        nearestFound.withLock { $0[search] = found }
        return found
    }

    /// Ties go to the lower index, so results are deterministic.
    private static func nearest(_ color: RGBColor, among allIndices: [UInt8]) -> UInt8 {
        let target = LabColor(color)
        var indices = allIndices
        if allIndices.allSatisfy({ $0 < 16 }), target.chroma < neutralChroma {
            let greys = allIndices.filter { paletteLab[Int($0)].chroma < neutralChroma }
            if !greys.isEmpty { indices = greys }
        }
        var best = indices[0]
        var bestDistance = Double.infinity
        for index in indices {
            let distance = ColorDifference.ciede2000(target, paletteLab[Int(index)])
            if distance < bestDistance {
                best = index
                bestDistance = distance
            }
        }
        return best
    }
}
