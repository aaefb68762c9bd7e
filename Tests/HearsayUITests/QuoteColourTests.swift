import HearsayModel
import HearsayTesting
import HearsayTheme
import Testing

@testable import HearsayUI

/// The reader draws who is quoted: a quote's words and its speaker's name in that person's colour.
@Suite struct QuoteColourTests {
    @Test func theQuoteAndTheNameTakeTheSpeakersColour() throws {
        var app = AppState(corpus: PeopleFixtures.corpus, size: ScreenSize(width: 80, height: 24))
        KeyScript.send("j j <Enter>", to: &app)
        #expect(app.corpus.articles[try #require(app.reader.article)].id == "report.md")
        let styles = Styles.standard
        let screen = ScreenRenderer(styles: styles).render(app)
        func cell(_ text: String) throws -> Cell {
            let row = try #require((0..<24).first { screen.rowText($0).contains(text) }, "\(text) not on screen")
            return screen[try #require(screen.column(of: text, inRow: row)), row]
        }
        let maria = styles.speakers[styles.speakerSlot(forSpeakerID: "maria keller") % styles.speakers.count].foreground
        let wang = styles.speakers[styles.speakerSlot(forSpeakerID: "王建国") % styles.speakers.count].foreground
        #expect(try cell("没有储能").style.foreground == maria)
        #expect(try cell("Maria Keller表示").style.foreground == maria)
        #expect(try cell("生态评估不能省略").style.foreground == wang)
        #expect(try cell("王建国在论坛上说").style.foreground == wang)
        #expect(maria != styles.body.foreground && wang != styles.body.foreground)
        // The prose around them keeps the body colour.
        #expect(try cell("周二的潮汐能源论坛上").style.foreground == styles.body.foreground)
    }
}
