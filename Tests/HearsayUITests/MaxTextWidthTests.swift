import HearsayModel
import HearsayTesting
import HearsayText
import Testing

@testable import HearsayUI

/// `[reader] max-width`: the text column grows with the pane up to a limit (100 by default), at
/// the left of the pane; the columns to spare stay empty on the right.
@Suite struct MaxTextWidthTests {
    @Test func theTextColumnStopsAtTheMaximum() {
        let wide = ScreenLayout(size: ScreenSize(width: 200, height: 60), focus: .reader)
        #expect(wide.reader?.width == 133 && wide.readerTextWidth == 100)
        let narrower = ScreenLayout(size: ScreenSize(width: 200, height: 60), focus: .reader, maxTextWidth: 60)
        #expect(narrower.readerTextWidth == 60)
        // Below the maximum the pane decides, as before.
        #expect(ScreenLayout(size: ScreenSize(width: 140, height: 40), focus: .reader).readerTextWidth == 91)
        #expect(ScreenLayout(size: ScreenSize(width: 80, height: 24), focus: .reader).readerTextWidth == 78)
    }

    /// At 200×60 the interview's lines, reader and dialogue view alike, end by column 100 of the
    /// text (the pane starts at 67, its text at 68), and the state's setting re-lays it out.
    @Test func linesEndAtTheMaximumInTheReaderAndTheDialogueView() throws {
        var app = AppState(corpus: UIFixtures.corpus, size: ScreenSize(width: 200, height: 60))
        KeyScript.send("<Enter>", to: &app)
        func widestTextLine() -> Int {
            let screen = ScreenRenderer().render(app)
            return (1..<59).map { row in
                let text = screen.rowText(row)
                let pane = String(text.dropFirst(68))
                return DisplayWidth.of(pane.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression))
            }.max() ?? 0
        }
        #expect(app.reader.layout?.width == 100)
        #expect((91...100).contains(widestTextLine()))
        app.readerMaxWidth = 50
        #expect(app.reader.layout?.width == 50)
        #expect((41...50).contains(widestTextLine()))
        KeyScript.send("d", to: &app)
        let dialogueWidth = try #require(app.dialogue.layout?.width)
        #expect(dialogueWidth <= 50)
        #expect(widestTextLine() <= 50)
    }
}
