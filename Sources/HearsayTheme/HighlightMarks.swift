/// How the five highlight colours are told apart where colour cannot show them (`NO_COLOR`,
/// `--color never`, or too few colours to keep them distinct): an attribute of its own for each,
/// added to the theme's highlight `mono` (underline: "this is highlighted"). Italic is left out,
/// since CJK text is drawn upright (a CJK highlight in an italic colour would look like colour 1).
public enum HighlightMarks {
    /// Colours 1…5: underline only, bold, reverse, dim, bold and reverse.
    public static let withoutColor: [TerminalAttributes] = [[], [.bold], [.reverse], [.dim], [.bold, .reverse]]

    /// How help names the look of colour `number` (1-based) with the theme's `shared` attributes.
    public static func describe(_ number: Int, shared: TerminalAttributes) -> String {
        let attributes = shared.union(withoutColor[(number - 1).clamped(to: 0...(withoutColor.count - 1))])
        let names: [(TerminalAttributes, String)] = [
            (.underline, "underline"), (.bold, "bold"), (.reverse, "reverse"), (.dim, "dim"), (.italic, "italic"),
        ]
        let shown = names.filter { attributes.contains($0.0) }.map(\.1)
        return shown.isEmpty ? "plain" : shown.joined(separator: " ")
    }
}

extension Int {
    fileprivate func clamped(to range: ClosedRange<Int>) -> Int { Swift.min(Swift.max(self, range.lowerBound), range.upperBound) }
}
