/// The attribute names theme files use (`attrs = ["bold", "underline"]`).
public enum ThemeAttributeNames {
    public static let all: [(name: String, attribute: TerminalAttributes)] = [
        ("bold", .bold), ("dim", .dim), ("italic", .italic), ("underline", .underline), ("reverse", .reverse),
    ]

    public static func attribute(named name: String) -> TerminalAttributes? {
        all.first { $0.name == name.lowercased() }?.attribute
    }

    public static func names(of attributes: TerminalAttributes) -> [String] {
        all.filter { attributes.contains($0.attribute) }.map(\.name)
    }
}
