import HearsayModel
import HearsaySession
import HearsayTesting
import HearsayTheme
import HearsayUI
import Testing

/// The one event loop on an in-memory terminal: what it draws, when it does the work between
/// keys, and how it ends.
@Suite struct SessionLoopTests {
    static func session(_ inputs: [InMemoryBackend.Input]) -> Session<InMemoryBackend> {
        Session(backend: InMemoryBackend(size: ScreenSize(width: 80, height: 24), inputs: inputs), renderer: ScreenRenderer()) { size in
            AppState(corpus: UIFixtures.corpus, size: size)
        }
    }

    static func keys(_ script: String) -> [InMemoryBackend.Input] {
        KeyScript.keys(script).map { .event(.key($0)) }
    }

    @Test func drawsAFrameForEachEventAndEndsWhenAnEffectQuits() throws {
        var session = Self.session(Self.keys("<Enter> j q q j"))
        #expect(session.run() == .quit)
        let backend = session.backend
        // The first frame, then one per event up to the quit (the last `j` never comes).
        #expect(backend.frames.map(\.event) == KeyScript.keys("<Enter> j q").map(Event.key))
        #expect(backend.drawCount == 4)
        let screen = try #require(backend.screen)
        #expect(screen.rows.last?.hasPrefix(" List · 1/4") == true, "\(screen.rows.last ?? "")")
        #expect(session.state.focus == .list)
    }

    @Test func escapeNeverQuitsSoTheInputEnds() {
        var session = Self.session(Self.keys("<Esc> <Esc>"))
        #expect(session.run() == .inputEnded)
        #expect(session.state.message == "q quits")
    }

    /// The list filter typed at once folds nothing in the key press; in a pause the loop sends
    /// `.idle` until the folding and the filter are done, drawing as they go on.
    @Test func thePauseBetweenKeysDoesTheWorkBetweenKeys() {
        var paused = Self.session(Self.keys("/ T i d e") + [.pause] + Self.keys("<Enter> <C-c>"))
        #expect(paused.run() == .quit)
        #expect(paused.state.search.listFilter?.isFinished == true)
        #expect(paused.state.list.order == [1, 2], "the interview (tidal) and the note on tides")
        #expect(paused.backend.drawCount > paused.backend.frames.count + 1, "frames drawn by the work between keys")

        var hasty = Self.session(Self.keys("/ T i d e <Enter> <C-c>"))
        #expect(hasty.run() == .quit)
        #expect(hasty.state.search.listFilter?.isFinished == false, "no pause: quit before the work was done")
    }

    @Test func whenTheInputEndsTheWorkBetweenKeysIsFinishedFirst() {
        var session = Self.session(Self.keys("/ T i d e"))
        #expect(session.run() == .inputEnded)
        #expect(session.state.search.listFilter?.isFinished == true)
        #expect(session.state.idlePollMilliseconds == nil)
    }

    @Test func suspendRedrawAndResizeReachTheBackend() throws {
        var session = Self.session(Self.keys("<C-z> <C-l>") + [.event(.resize(ScreenSize(width: 120, height: 30)))])
        #expect(session.run() == .inputEnded)
        #expect(session.backend.suspensions == 1 && session.backend.fullRedraws == 1)
        #expect(session.state.size == ScreenSize(width: 120, height: 30))
        #expect(try #require(session.backend.screen).size == ScreenSize(width: 120, height: 30))
        // After a suspension and a full redraw, every cell is written again.
        let everyCell = ScreenRenderer().render(AppState(corpus: UIFixtures.corpus, size: ScreenSize(width: 80, height: 24)))
            .changes(since: nil).count
        #expect(session.backend.frames.map(\.changedCells).prefix(2) == [everyCell, everyCell])
    }

    @Test func anInterruptionEndsTheLoopAfterTheWait() {
        var session = Self.session(Self.keys("j j"))
        session.interrupted = { true }
        #expect(session.run() == .interrupted)
        #expect(session.backend.frames.isEmpty)
    }

    @Test func theBackendsColorDepthReachesTheTheme() {
        let backend = InMemoryBackend(size: ScreenSize(width: 80, height: 24), colorDepth: .colors16)
        let session = Session(backend: backend, renderer: ScreenRenderer()) { size in
            var app = AppState(corpus: UIFixtures.corpus, size: size)
            app.theme = ThemeState(themes: [ThemeCatalog.defaultTheme], current: ThemeCatalog.defaultName, depth: .trueColor)
            return app
        }
        #expect(session.state.theme?.depth == .colors16)
    }
}
