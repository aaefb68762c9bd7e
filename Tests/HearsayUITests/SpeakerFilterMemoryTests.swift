import HearsayModel
import HearsayTesting
import Testing

@testable import HearsayUI

/// The dialogue view's speaker filter is remembered per article by speaker id: applying it asks
/// to save it, showing everyone asks to forget it, and a later run's restored state reopens the
/// dialogue with it, matched by identity so an edited file does not filter the wrong person.
/// The interview's speakers: 0 主持人林晓, 1 Maria Keller, 2 王建国, 3 Guest.
@Suite struct SpeakerFilterMemoryTests {
    static let speakers = UIFixtures.interview.speakers.map(\.id)

    func app(restoring saved: SavedReadingState = SavedReadingState(), corpus: Corpus = UIFixtures.corpus) -> AppState {
        var app = AppState(corpus: corpus, size: ScreenSize(width: 80, height: 24))
        app.restore(saved)
        return app
    }

    @Test func applyingAFilterSavesItsSpeakersAndShowingEveryoneForgetsIt() {
        var app = app()
        KeyScript.send("<Enter> d j", to: &app)
        #expect(KeyScript.send("s o <Enter>", to: &app) == [.saveSpeakerFilter([Self.speakers[1]], articleID: "interview.md")])
        #expect(
            KeyScript.send("s 3 <Enter>", to: &app) == [
                .saveSpeakerFilter([Self.speakers[1], Self.speakers[2]], articleID: "interview.md")
            ])
        // The same filter again, or a cancelled change: nothing to save.
        #expect(KeyScript.send("s <Enter>", to: &app) == [])
        #expect(KeyScript.send("s a <Escape>", to: &app) == [])
        #expect(app.persistence.speakerFilters == ["interview.md": [Self.speakers[1], Self.speakers[2]]])
        #expect(KeyScript.send("s a <Enter>", to: &app) == [.saveSpeakerFilter(nil, articleID: "interview.md")])
        #expect(app.persistence.speakerFilters == [:] && app.dialogue.shownSpeakers == nil)
        // Unchecking everyone shows everyone, and so forgets nothing more.
        #expect(KeyScript.send("s 1 2 3 4 <Enter>", to: &app) == [])
    }

    @Test func aRestoredFilterIsThereWhenTheDialogueOpens() {
        var app = app(restoring: SavedReadingState(speakerFilters: ["interview.md": [Self.speakers[1]]]))
        KeyScript.send("<Enter> d", to: &app)
        #expect(app.focus == .dialogue && app.dialogue.shownSpeakers == [1] && app.dialogue.cursor == 1)
        #expect(StatusBarView.location(for: app) == " Dialogue · 1/4 · turn 1/5 · only Maria Keller")
        // Back to the reader and again: the filter stays as it is.
        KeyScript.send("d d", to: &app)
        #expect(app.dialogue.shownSpeakers == [1])
    }

    /// The file edited since: Maria Keller now speaks first, 王建国 and Guest are gone.
    static var editedInterview: Article {
        var builder = FixtureArticleBuilder(id: "interview.md", title: "海边的电站")
        builder.turn("Maria Keller", "Storage first.")
        builder.turn("主持人林晓", "为什么？")
        builder.turn("Maria Keller", "Because the grid needs it at night.")
        return builder.article
    }

    @Test func aRestoredFilterFollowsTheSpeakersByIdentityAndDropsThoseGone() {
        let corpus = Corpus(articles: [Self.editedInterview])
        let saved = [Self.speakers[1], Self.speakers[2], "guest@interview.md"]
        var app = app(restoring: SavedReadingState(speakerFilters: ["interview.md": Set(saved)]), corpus: corpus)
        KeyScript.send("<Enter> d", to: &app)
        #expect(app.dialogue.shownSpeakers == [0] && app.dialogue.cursor == 0)
        #expect(app.dialogueNavigation?.shownTurns == [0, 2])

        var gone = self.app(restoring: SavedReadingState(speakerFilters: ["interview.md": [Self.speakers[2]]]), corpus: corpus)
        KeyScript.send("<Enter> d", to: &gone)
        #expect(gone.dialogue.shownSpeakers == nil, "nobody saved is left: everyone is shown")
    }
}
