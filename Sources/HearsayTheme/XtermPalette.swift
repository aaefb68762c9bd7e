/// The RGB values of the xterm 256-colour palette: what a terminal shows for `38;5;n`.
///
/// Entries 0–15 are xterm's defaults; terminals let users change them, so they are used only
/// when mapping down to 16 or 8 colours. 16–231 are the 6×6×6 cube (levels 0, 95, 135, 175,
/// 215, 255) and 232–255 the grey ramp (8, 18, …, 238), which terminals leave alone.
public enum XtermPalette {
    /// xterm's default ANSI colours (XTerm-col.ad), indices 0–15.
    public static let ansi: [RGBColor] = [
        RGBColor(0x00, 0x00, 0x00), RGBColor(0xcd, 0x00, 0x00), RGBColor(0x00, 0xcd, 0x00), RGBColor(0xcd, 0xcd, 0x00),
        RGBColor(0x00, 0x00, 0xee), RGBColor(0xcd, 0x00, 0xcd), RGBColor(0x00, 0xcd, 0xcd), RGBColor(0xe5, 0xe5, 0xe5),
        RGBColor(0x7f, 0x7f, 0x7f), RGBColor(0xff, 0x00, 0x00), RGBColor(0x00, 0xff, 0x00), RGBColor(0xff, 0xff, 0x00),
        RGBColor(0x5c, 0x5c, 0xff), RGBColor(0xff, 0x00, 0xff), RGBColor(0x00, 0xff, 0xff), RGBColor(0xff, 0xff, 0xff),
    ]

    static let cubeLevels: [UInt8] = [0, 95, 135, 175, 215, 255]

    /// All 256 entries.
    public static let colors: [RGBColor] = {
        var colors = ansi
        for red in cubeLevels {
            for green in cubeLevels {
                for blue in cubeLevels { colors.append(RGBColor(red, green, blue)) }
            }
        }
        for step in 0..<24 {
            let level = UInt8(8 + 10 * step)
            colors.append(RGBColor(level, level, level))
        }
        return colors
    }()

    /// The colour a terminal draws for palette entry `index`.
    public static func rgb(forIndex index: UInt8) -> RGBColor { colors[Int(index)] }
}
