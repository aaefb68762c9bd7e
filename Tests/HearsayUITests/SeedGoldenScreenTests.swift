import HearsayModel
import HearsayTesting
import Testing

@testable import HearsayUI

/// Golden screens of the real seeds at 80×24 and 140×40, with their style maps. The seeds' words
/// are not ours, so the files keep the screens masked (`GoldenScreen.masked`): every letter
/// becomes its class, while layout, line breaks, punctuation, chrome glyphs and styles stay
/// exact. Any change to widths, wrapping, truncation or colours shows up as a diff.
@Suite(.enabled(if: Seeds.available, Comment(rawValue: Seeds.skipMessage)))
struct SeedGoldenScreenTests {
    static let corpus = CorpusLoader().load(paths: [Seeds.directory.path])
    static let sizes = [(80, 24), (140, 40)]

    private func app(_ width: Int, _ height: Int, opening seed: String? = nil) throws -> AppState {
        var state = AppState(corpus: Self.corpus, size: ScreenSize(width: width, height: height))
        if let seed {
            let index = try #require(Self.corpus.articles.firstIndex { $0.id.hasSuffix(seed) })
            state.list.select(article: index)
            KeyScript.send("<Enter>", to: &state)
        }
        return state
    }

    private func check(_ state: AppState, _ name: String) {
        let screen = ScreenRenderer().render(state)
        if let mismatch = GoldenScreen.mismatch(screen, named: "seed-" + name, styles: true, masked: true) {
            Issue.record(Comment(rawValue: mismatch))
        }
    }

    @Test(arguments: sizes) func list(width: Int, height: Int) throws {
        check(try app(width, height), "list-\(width)x\(height)")
    }

    @Test(arguments: sizes) func readerTop(width: Int, height: Int) throws {
        check(try app(width, height, opening: "003_1eb976177dc264a1.txt"), "reader-top-\(width)x\(height)")
    }

    /// The 4 KB single paragraph with bold pseudo-headings, two half pages down.
    @Test(arguments: sizes) func readerScrolled(width: Int, height: Int) throws {
        var state = try app(width, height, opening: "001_76943739dec701f9.txt")
        KeyScript.send("<C-d> <C-d>", to: &state)
        check(state, "reader-scrolled-\(width)x\(height)")
    }

    @Test(arguments: sizes) func dialogueThomasWolf(width: Int, height: Int) throws {
        var state = try app(width, height, opening: "003_1eb976177dc264a1.txt")
        KeyScript.send("d s", to: &state)
        let article = Self.corpus.articles[try #require(state.dialogue.article)]
        let wolf = try #require(article.speakers.firstIndex { $0.name == "Thomas Wolf" })
        guard case .speakerFilter(let filter)? = state.overlay else { Issue.record("no speaker filter"); return }
        KeyScript.send(String(repeating: "j ", count: wolf - filter.cursor) + "o <Enter>", to: &state)
        #expect(state.dialogue.shownSpeakers == [wolf])
        check(state, "dialogue-thomas-wolf-\(width)x\(height)")
    }

    @Test(arguments: sizes) func help(width: Int, height: Int) throws {
        var state = try app(width, height)
        KeyScript.send("?", to: &state)
        check(state, "help-\(width)x\(height)")
    }

    @Test func tooSmall() throws {
        var state = try app(80, 24, opening: "003_1eb976177dc264a1.txt")
        _ = state.update(.resize(ScreenSize(width: 30, height: 8)))
        check(state, "too-small-30x8")
    }
}
