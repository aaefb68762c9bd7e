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
    /// The lines of each mode's section, its heading first (the first section of a mode).
    public let sections: [InputMode: Range<Int>]

    /// Columns of the widest line as the overlay lays it out (keys, two spaces, the text).
    public var widestLine: Int {
        lines.map { line in
            switch line {
            case .heading(let title): DisplayWidth.of(title)
            case .binding(_, let help): keyColumnWidth + 2 + DisplayWidth.of(help)
            case .blank: 0
            }
        }.max() ?? 0
    }

    /// `highlightLooks`: how each highlight colour looks where colour cannot tell them apart
    /// (`underline bold`), listed after the keys; empty where colour shows them.
    public init(keymap: Keymap, highlightLooks: [String] = []) {
        var lines: [Line] = []
        var widest = 0
        var sections: [InputMode: Range<Int>] = [:]
        for section in keymap.sections {
            if !lines.isEmpty { lines.append(.blank) }
            let start = lines.count
            lines.append(.heading(section.title))
            for binding in section.bindings where binding.listedInHelp {
                lines.append(.binding(keys: binding.keyLabel, help: binding.help))
                widest = max(widest, DisplayWidth.of(binding.keyLabel))
            }
            if sections[section.mode] == nil { sections[section.mode] = start..<lines.count }
        }
        if !highlightLooks.isEmpty {
            lines += [.blank, .heading("Highlight colours on this terminal (no colour to show them)")]
            for (index, look) in highlightLooks.enumerated() {
                lines.append(.binding(keys: "colour \(index + 1)", help: look))
                widest = max(widest, DisplayWidth.of("colour \(index + 1)"))
            }
        }
        self.lines = lines
        self.keyColumnWidth = widest
        self.sections = sections
    }
}
