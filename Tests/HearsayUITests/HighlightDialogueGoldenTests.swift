import HearsayTesting
import HearsayText
import Testing

@testable import HearsayUI

/// Highlights are drawn in the dialogue view as in the reader: in the theme's highlight colours,
/// on the words of the turn and never on the speaker's name.
struct HighlightDialogueGoldenTests {
    /// Turn 1's second sentence in colour 1 (`m`), then turn 2's two sentences selected and put in
    /// colour 4 (`v ) 4`), the cursor left (`Esc`) so only the highlights are drawn.
    static let script = "<Enter> d ) ) m ) v ) 4 <Esc>"

    func screen(_ size: ScreenSize) -> (AppState, ScreenBuffer) {
        var app = AppState(corpus: UIFixtures.corpus, size: size)
        KeyScript.send(Self.script, to: &app)
        return (app, ScreenRenderer().render(app))
    }

    @Test(arguments: [ScreenSize(width: 80, height: 24), ScreenSize(width: 140, height: 40)])
    func goldenWithStyles(size: ScreenSize) {
        let (app, buffer) = screen(size)
        #expect(app.focus == .dialogue && app.activeCursor == nil)
        #expect(app.highlights.all.map(\.color) == [1, 4])
        let mismatch = GoldenScreen.mismatch(buffer, named: "dialogue-highlights-\(size.width)x\(size.height)", styles: true)
        #expect(mismatch == nil, "\(mismatch ?? "")")
    }

    @Test func highlightedCellsHaveTheHighlightBackgroundAndNamesDoNot() throws {
        let (_, buffer) = screen(ScreenSize(width: 80, height: 24))
        let styles = Styles.standard
        // Row by row: the first turn's line holds "主持人林晓: 欢迎两位。我们先从…".
        let row = try #require(buffer.rows.firstIndex { $0.contains("主持人林晓: 欢迎两位。我们先从") })
        let line = buffer.rows[row]
        func column(of text: String) -> Int { DisplayWidthColumns.column(of: text, in: line) }
        let name = column(of: "主持人林晓"), welcome = column(of: "欢迎两位"), cost = column(of: "我们先从")
        #expect(buffer[name, row].style.background != styles.highlights[0], "the name is not highlighted")
        #expect(buffer[welcome, row].style.background != styles.highlights[0], "the first sentence is not")
        #expect(buffer[cost, row].style.background == styles.highlights[0], "the second sentence is in colour 1")
        let maria = try #require(buffer.rows.firstIndex { $0.contains("Maria Keller: Cheaper") })
        let cheaper = DisplayWidthColumns.column(of: "Cheaper", in: buffer.rows[maria])
        let mariaName = DisplayWidthColumns.column(of: "Maria", in: buffer.rows[maria])
        #expect(buffer[cheaper, maria].style.background == styles.highlights[3], "turn 2 is in colour 4")
        #expect(buffer[mariaName, maria].style.background != styles.highlights[3])
    }
}

/// Where text starts on a screen row, in columns (wide characters count two).
enum DisplayWidthColumns {
    static func column(of text: String, in row: String) -> Int {
        guard let range = row.range(of: text) else { return -1 }
        return row[..<range.lowerBound].reduce(0) { $0 + DisplayWidth.of($1) }
    }
}
