/// Text from articles on its way to the screen.
enum DisplayText {
    /// `text` with control characters (newlines, tabs, escapes, C1 controls, bidi overrides)
    /// replaced, so nothing from a file can move the cursor or change the terminal's state.
    static func safe(_ text: String) -> String {
        // TODO(text): HearsayText.DisplaySafety.sanitized once it is on main.
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09, 0x0A, 0x0D: result.unicodeScalars.append(" ")
            case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: result.unicodeScalars.append("\u{FFFD}")
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
