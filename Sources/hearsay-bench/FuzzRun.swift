import Foundation
import HearsayLayout
import HearsayModel
import HearsaySearch
import HearsayText
import HearsayUI

/// One run of `hearsay-bench fuzz`: load the bytes, lay the article out, search it, drive the
/// reader over it, render what the commands would print, and check what must hold whatever the
/// input. Returns the broken promises.
enum FuzzRun {
    static func check(_ bytes: [UInt8], index: Int) -> [String] {
        var problems: [String] = []
        let result = CorpusLoader().load(bytes: bytes, id: "fuzz-\(index).md", file: "fuzz/\(index).md")
        let corpus = Corpus(articles: result.article.map { [$0] } ?? [], diagnostics: result.diagnostics)

        // What list, speakers and check print.
        let lines =
            ArticleListing.table(corpus, width: { DisplayWidth.of($0) })
            + SpeakerListing.table(corpus, width: { DisplayWidth.of($0) }) + CheckReport.lines(corpus)
        // What the commands print passes through `SafeOutput`, i.e. this.
        for line in lines where hasUnsafeScalar(DisplaySafety.sanitizedKeepingTabs(line)) {
            problems.append("a printed line keeps a control")
        }
        for json in [ArticleListing.json(corpus), SpeakerListing.json(corpus)] {
            let escaped = DisplaySafety.escapingJSON(json)
            if (try? JSONSerialization.jsonObject(with: Data(escaped.utf8))) == nil { problems.append("invalid JSON") }
            if escaped.unicodeScalars.contains(where: { DisplaySafety.isBidiControl($0.value) || (0x7F...0x9F).contains($0.value) }) {
                problems.append("JSON keeps a DEL, C1 or bidi control")
            }
        }

        // What search prints: a few queries that hit what the inputs are made of.
        let folded = FoldedCorpus(corpus)
        for query in ["字", "a", "**", "\u{301}", "ＡＩ", "你好"] {
            for found in CorpusSearcher.allMatches(of: SearchQuery(parsing: query), in: folded).prefix(50) {
                let line = KeywordInContext.line(for: found.match, in: corpus.articles[found.article], width: 60).text
                if hasUnsafeScalar(DisplaySafety.sanitizedKeepingTabs(line)) { problems.append("a search line keeps a control") }
            }
        }

        // The reader: opened, searched, read to the end, highlighted, the dialogue, a resize to the
        // smallest screen, every frame rendered (a crash or a hang here is counted like any other).
        var state = AppState(corpus: corpus, size: ScreenSize(width: 80, height: 24))
        let renderer = ScreenRenderer()
        _ = renderer.render(state)
        for event in readerScript {
            _ = state.update(event)
            _ = renderer.render(state)
        }

        // What show prints: every line at a few widths, as an article and as a dialogue.
        guard let article = result.article else { return problems }
        var random = SplitMix64(seed: UInt64(index))
        for width in [1 + Int(random.next() % 30), 40 + Int(random.next() % 120)] {
            for mode in [LayoutMode.article, .dialogue(speakers: nil)] {
                let layout = ArticleLayout(article: article, width: width, mode: mode)
                var line = 0
                while layout.hasLine(line) {
                    let plain = TextRendering.plain(layout.line(line))
                    _ = Self.colored.render(layout.line(line), article: article)
                    if hasUnsafeScalar(plain) { problems.append("show line keeps a control (width \(width))") }
                    if width >= 10, DisplayWidth.of(plain) > width {
                        problems.append("show line of \(DisplayWidth.of(plain)) columns at width \(width)")
                    }
                    line += 1
                }
                if layout.lineCount != line { problems.append("lineCount \(layout.lineCount) but \(line) lines") }
            }
        }
        return problems
    }

    /// What `show --color always` writes: the reader's default styles as SGR.
    static let colored = StreamRendering(styles: .standard)

    static let readerScript: [Event] = {
        var keys: [Key] = [.enter, .character("G"), .character("g"), .character("/"), .character("字"), .enter, .character("n")]
        keys += [.character(")"), .character("v"), .character(")"), .character("m"), .escape, .character("H"), .character("q")]
        keys += [.character("d"), .character("j"), .character("J"), .character(">"), .character("1"), .character("G")]
        var events = keys.map(Event.key)
        events += [.resize(ScreenSize(width: 40, height: 10)), .key(.character("k")), .resize(ScreenSize(width: 130, height: 30))]
        events += [.key(.escape), .key(.escape)]
        return events
    }()

    /// A scalar `DisplaySafety` would replace (tabs aside: printed lines keep them).
    static func hasUnsafeScalar(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0 != "\t" && DisplaySafety.standIn(for: $0) != nil }
    }
}
