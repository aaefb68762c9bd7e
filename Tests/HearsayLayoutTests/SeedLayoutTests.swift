import HearsayLayout
import HearsayModel
import HearsayTesting
import HearsayText
import Testing

/// The real articles in ../shared/seeds laid out at the oracle's widths.
@Suite(.enabled(if: Seeds.available, Comment(rawValue: Seeds.skipMessage)))
struct SeedLayoutTests {
    static let widths = [12, 17, 20, 33, 40, 60, 80, 120]

    static func articles() -> [Article] {
        CorpusLoader().load(paths: Seeds.files.map(\.path)).articles
    }

    @Test func linesFitAndRespectThePunctuationRules() {
        let articles = Self.articles()
        #expect(articles.count == 5)
        Self.checkLinesFit(articles)
    }

    @Test func everyBlockIsShownWhole() {
        Self.checkBlocksShownWhole(Self.articles())
    }

    @Test func dialogueModeShowsEveryTurnOnce() {
        Self.checkDialogue(Self.articles())
    }

    static func checkLinesFit(_ articles: [Article]) {
        for article in articles {
            for width in Self.widths {
                let layout = ArticleLayout(article: article, width: width)
                for index in 0..<layout.lineCount {
                    let line = layout.line(index)
                    let text = TextRendering.plain(line)
                    #expect(DisplayWidth.of(text) <= width, "\(article.id) width \(width): \(text)")
                    let body = text.trimmingCharacters(in: .whitespaces)
                    guard let first = body.unicodeScalars.first, let last = body.unicodeScalars.last else { continue }
                    #expect(!BreakRules.noLineStart.contains(first.value), "\(article.id) width \(width): \(text)")
                    #expect(!BreakRules.noLineEnd.contains(last.value), "\(article.id) width \(width): \(text)")
                }
            }
        }
    }

    static func checkBlocksShownWhole(_ articles: [Article]) {
        for article in articles {
            for width in Self.widths {
                let layout = ArticleLayout(article: article, width: width)
                var shown: [Int: String] = [:]
                for index in 0..<layout.lineCount {
                    let line = layout.line(index)
                    guard let block = line.block, case .image = article.blocks[block].kind else {
                        if let block = line.block {
                            shown[block, default: ""] += line.runs.filter { !$0.source.isEmpty }.map(\.text).joined()
                        }
                        continue
                    }
                }
                for (index, block) in article.blocks.enumerated() {
                    if case .image = block.kind { continue }
                    let expected = DisplaySafety.sanitized(block.text).filter { $0 != " " }
                    #expect(shown[index]?.filter { $0 != " " } == expected, "\(article.id) width \(width) block \(index)")
                }
            }
        }
    }

    static func checkDialogue(_ articles: [Article]) {
        for article in articles where !article.turns.isEmpty {
            let layout = ArticleLayout(article: article, width: 40, mode: .dialogue(speakers: nil))
            let turnLines = layout.turnLines.compactMap { $0 }
            #expect(turnLines.count == article.turns.count)
            #expect(turnLines == turnLines.sorted())
            for (turn, line) in zip(article.turns.indices, turnLines) {
                #expect(layout.line(line).turn == turn)
                #expect(layout.line(line).runs.first?.style.role == .speaker(article.turns[turn].speaker))
            }
        }
    }
}
