import HearsayModel
import HearsayText

/// How a block's kind and inline spans look: the semantic styles the theme later colours.
enum BlockStyles {
    static let title = TextStyle(role: .title, emphasis: .bold)
    static let heading = TextStyle(role: .heading, emphasis: .bold)
    static let metadata = TextStyle(role: .metadata)
    static let lede = TextStyle(role: .lede)
    static let image = TextStyle(role: .image)
    static let marker = TextStyle(role: .keyPoint, emphasis: .bold)

    /// The style of a block's plain text.
    static func base(for kind: BlockKind, isLede: Bool) -> TextStyle {
        switch kind {
        case .heading: return heading
        case .quote: return isLede ? lede : TextStyle(role: .quote)
        case .listItem(let keyPoint): return keyPoint ? TextStyle(role: .keyPoint) : .body
        case .stageDirection: return TextStyle(role: .stageDirection, emphasis: .italic)
        case .image: return image
        case .paragraph, .turn, .turnContinuation: return .body
        }
    }

    /// The wrapper's style ranges for `block`.
    static func spans(of block: Block, base: TextStyle) -> [(range: Range<Int>, style: TextStyle)] {
        let speaker: Int? = {
            if case .turn(let index) = block.kind { return index }
            return nil
        }()
        return block.spans.map { span in
            var style = base
            switch span.style {
            case .plain: break
            case .bold: style.emphasis.insert(.bold)
            case .italic: style.emphasis.insert(.italic)
            case .boldItalic: style.emphasis.formUnion([.bold, .italic])
            case .link: style.role = .link; style.emphasis.insert(.underline)
            case .image: style.role = .image
            case .speakerName: style = TextStyle(role: .speaker(speaker ?? 0), emphasis: .bold)
            case .timestamp: style.role = .timestamp
            }
            return (span.range, style)
        }
    }
}
