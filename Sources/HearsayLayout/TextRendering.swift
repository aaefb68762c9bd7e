import HearsayText

/// Laid-out lines as plain text (styled text for a stream is `StreamRendering`, in the UI's
/// styles).
public enum TextRendering {
    /// `line` as plain text, indent included, no trailing spaces.
    public static func plain(_ line: LayoutLine) -> String {
        guard !line.runs.isEmpty else { return "" }
        return String(repeating: " ", count: line.indent) + line.runs.map(\.text).joined()
    }
}
