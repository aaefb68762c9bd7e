import HearsayText
/// The help overlay's lines, generated from the keymap the app dispatches with.
public struct HelpContent: Sendable, Hashable {
    public enum Line: Sendable, Hashable {
        case heading(String)
        case binding(keys: String, help: String)
        case blank
    }

    public let lines: [Line]
    /// The widest key label, so the descriptions line up.
    public let keyColumnWidth: Int

    public init(keymap: Keymap) {
        var lines: [Line] = []
        var widest = 0
        for section in keymap.sections {
            if !lines.isEmpty { lines.append(.blank) }
            lines.append(.heading(section.title))
            for binding in section.bindings where binding.listedInHelp {
                lines.append(.binding(keys: binding.keyLabel, help: binding.help))
                widest = max(widest, DisplayWidth.of(binding.keyLabel))
            }
        }
        self.lines = lines
        self.keyColumnWidth = widest
    }
}
