import HearsayModel
import HearsayText

// TODO(layout): delete this file and point `DocumentLayout` at HearsayLayout.ArticleLayout when it
// is on main. A stand-in with the announced API (no wrapping: it cuts lines at the width), so the
// app loop, navigation and the backend can be built and tried before the real layout lands.

/// How an article is laid out: all of it, or only the turns of some speakers.
enum PlaceholderLayoutMode: Sendable, Hashable {
    case article
    case dialogue(speakers: Set<Int>?)
}

struct PlaceholderRun: Sendable, Hashable {
    var text: String
    var style: TextStyle
    var source: Range<Int>
    var width: Int
}

struct PlaceholderLine: Sendable, Hashable {
    var indent: Int
    var runs: [PlaceholderRun]
    var block: Int?
    var turn: Int?
}

struct PlaceholderLayout: Sendable {
    typealias Line = PlaceholderLine
    private var lines: [PlaceholderLine] = []
    private(set) var sectionLineIndices: [Int] = []
    private(set) var turnLineIndices: [Int: Int] = [:]

    init(article: Article, width: Int, mode: PlaceholderLayoutMode) {
        func add(_ text: String, _ style: TextStyle, block: Int?, turn: Int?) {
            var cut = ""
            for character in text {
                if ScreenBuffer.displayWidth(of: cut + String(character)) > width { break }
                cut.append(character)
            }
            lines.append(PlaceholderLine(indent: 0, runs: [PlaceholderRun(text: cut, style: style, source: 0..<cut.utf8.count,
                                                                           width: ScreenBuffer.displayWidth(of: cut))],
                                         block: block, turn: turn))
        }
        let turnOfBlock = Dictionary(article.turns.enumerated().flatMap { turn in turn.element.blocks.map { ($0, turn.offset) } },
                                     uniquingKeysWith: { a, _ in a })
        if case .article = mode {
            add(article.title, TextStyle(role: .title), block: nil, turn: nil)
            lines.append(PlaceholderLine(indent: 0, runs: [], block: nil, turn: nil))
        }
        for (index, block) in article.blocks.enumerated() {
            let turn = turnOfBlock[index]
            if case .dialogue(let speakers) = mode {
                guard let turn, speakers?.contains(article.turns[turn].speaker) ?? true else { continue }
            }
            if let turn, turnLineIndices[turn] == nil { turnLineIndices[turn] = lines.count }
            if case .heading = block.kind { sectionLineIndices.append(lines.count) }
            let role: TextStyle.Role = switch block.kind {
            case .heading: .heading
            case .turn(let speaker): .speaker(speaker)
            case .listItem(keyPoint: true): .keyPoint
            case .quote: .lede
            default: .body
            }
            add(block.text, TextStyle(role: role), block: index, turn: turn)
            lines.append(PlaceholderLine(indent: 0, runs: [], block: nil, turn: nil))
        }
    }

    var lineCount: Int { lines.count }
    func line(_ index: Int) -> PlaceholderLine { lines[index] }

    func lineIndex(containing position: TextPosition) -> Int {
        lines.firstIndex { ($0.block ?? -1) >= position.block } ?? max(0, lines.count - 1)
    }

    func position(atLine index: Int) -> TextPosition {
        let block = lines[index...].first { $0.block != nil }?.block ?? lines.last { $0.block != nil }?.block ?? 0
        return TextPosition(block: block, offset: 0)
    }
}
