import HearsayModel
import HearsayTesting
import Testing

@testable import HearsayUI

/// Screens of the real seeds. Seed text is not ours, so nothing here is a golden file: the
/// assertions are structural (chrome text, separator and name columns, what is reachable).
@Suite(.enabled(if: Seeds.available, Comment(rawValue: Seeds.skipMessage)))
struct SeedScreenTests {
    static let corpus = CorpusLoader().load(paths: [Seeds.directory.path])
    static let interviewID = "003_1eb976177dc264a1.txt"

    func app(_ width: Int, _ height: Int) -> AppState {
        AppState(corpus: Self.corpus, size: ScreenSize(width: width, height: height))
    }

    /// The dialogue view of seed 003 filtered to Thomas Wolf.
    func thomasWolf(_ width: Int, _ height: Int) throws -> AppState {
        var state = app(width, height)
        let index = try #require(Self.corpus.articles.firstIndex { $0.id.hasSuffix(Self.interviewID) })
        state.list.select(article: index)
        KeyScript.send("<Enter> d s", to: &state)
        let speaker = try #require(Self.corpus.articles[index].speakers.firstIndex { $0.name == "Thomas Wolf" })
        guard case .speakerFilter(let filter)? = state.overlay else { Issue.record("no filter"); return state }
        KeyScript.send(String(repeating: "j ", count: speaker - filter.cursor) + "o <Enter>", to: &state)
        return state
    }

    @Test(arguments: [(80, 24), (140, 40)])
    func listShowsEveryArticleWithChrome(width: Int, height: Int) {
        let screen = ScreenRenderer().render(app(width, height))
        #expect(screen.rowText(0) == " hearsay · 5 articles · 5 unread")
        #expect(screen.rowText(height - 1).hasPrefix(" List · 1/5 · by date"))
        #expect(screen.rowText(height - 1).hasSuffix("? help  q quit  Enter open  o sort"))
        // Two rows per article, titles at column 1, metadata at column 3.
        for entry in 0..<5 {
            #expect(screen[1, 1 + 2 * entry].text != " ")
            #expect(screen[0, 2 + 2 * entry].text == " " && screen[3, 2 + 2 * entry].text != " ")
        }
        // Below the five entries the list is empty.
        if width >= 100 {
            #expect(screen.rowText(11).hasPrefix(String(repeating: " ", count: 46) + "│"))
        } else {
            #expect(screen.rowText(11) == "")
        }
    }

    @Test func splitLayoutHasOneSeparatorColumn() {
        let screen = ScreenRenderer().render(app(140, 40))
        for y in 1..<39 {
            #expect(screen.column(of: "│", inRow: y) == 46, "row \(y)")
        }
        #expect(screen.column(of: "│", inRow: 0) == nil && screen.column(of: "│", inRow: 39) == nil)
    }

    @Test(arguments: [(80, 24, 3), (140, 40, 50)])
    func dialogueFilteredToThomasWolf(width: Int, height: Int, nameColumn: Int) throws {
        var state = try thomasWolf(width, height)
        // Only the filter here: the dimmed turns before his are hidden (c).
        KeyScript.send("c", to: &state)
        let screen = ScreenRenderer().render(state)
        #expect(screen.rowText(height - 1).hasPrefix(" Dialogue · "))
        #expect(screen.rowText(height - 1).contains("turn 1/7 · only Thomas Wolf"))
        // Every turn on screen starts with the name, in the same column; the cursor is beside the first.
        let starts = (1..<(height - 1)).filter { screen.column(of: "Thomas Wolf:", inRow: $0) != nil }
        #expect(!starts.isEmpty)
        for y in starts { #expect(screen.column(of: "Thomas Wolf:", inRow: y) == nameColumn) }
        #expect(screen.column(of: ">", inRow: starts[0]) == nameColumn - 2)
        for name in ["Caroline Hyde", "Mike Shepard", "Ian King", "Guest:"] {
            #expect(!screen.plainText.contains(name + ":"))
        }
        // Exactly seven turns are reachable, all by Thomas Wolf.
        var visited: [Int] = []
        for _ in 0..<10 {
            visited.append(try #require(state.dialogue.cursor))
            KeyScript.send("j", to: &state)
        }
        let turns = Array(Set(visited)).sorted()
        #expect(turns.count == 7)
        let article = Self.corpus.articles[try #require(state.dialogue.article)]
        #expect(turns.allSatisfy { article.speakers[article.turns[$0].speaker].name == "Thomas Wolf" })
        #expect(state.message == "last turn")
    }

    @Test func readerTitleAndStatus() throws {
        var state = app(80, 24)
        let index = try #require(Self.corpus.articles.firstIndex { $0.id.hasSuffix(Self.interviewID) })
        state.list.select(article: index)
        KeyScript.send("<Enter>", to: &state)
        let screen = ScreenRenderer().render(state)
        let position = state.list.order.firstIndex(of: index)! + 1
        #expect(screen.rowText(0) == " hearsay · " + Self.corpus.articles[index].title)
        #expect(screen.rowText(23).hasPrefix(" Reader · \(position)/5 · "))
        KeyScript.send("<Space>", to: &state)
        let scrolled = ScreenRenderer().render(state)
        #expect(state.reader.topLine == 21)
        #expect(scrolled.rowText(1) != screen.rowText(1))
    }

    @Test func tooSmallOnSeeds() {
        var state = app(80, 24)
        KeyScript.send("<Enter> d", to: &state)
        _ = state.update(.resize(ScreenSize(width: 30, height: 8)))
        #expect(
            ScreenRenderer().render(state).rows[2...4].map { $0.trimmingCharacters(in: .whitespaces) }
                == ["Terminal too small", "30x8, need 40x10", "q or Ctrl-C quits"])
    }
}
