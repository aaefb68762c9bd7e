import HearsayModel
import HearsayTesting
import Testing

@testable import HearsayUI

/// The navigator over every pair of views: going from one to the other, then back (`q`, and
/// `Esc`, which never quits), lands exactly where the user was: the view, the article, the
/// scroll, the cursor and the filters.
@Suite struct NavigatorTests {
    /// The view on screen: the overlay if any, else the view with the keyboard.
    enum View: String, CaseIterable, CustomStringConvertible {
        case list, reader, dialogue, results, highlights, help, speakerFilter, speakers, stream
        var description: String { rawValue }

        init(_ app: AppState) {
            switch app.overlay {
            case .help?: self = .help
            case .highlights?: self = .highlights
            case .speakerFilter?: self = .speakerFilter
            case .searchResults?: self = .results
            case .speakers?: self = .speakers
            case .searchPrompt?: Issue.record("the prompt is still open"); self = .list
            case nil:
                switch app.focus {
                case .list: self = .list
                case .reader: self = .reader
                case .dialogue: self = .dialogue
                case .stream: self = .stream
                }
            }
        }
    }

    /// Everything that says where the user is, for the view on screen (the list keeps its own
    /// state; the reader and dialogue view are compared only where they are on screen).
    struct Whereabouts: Equatable, CustomStringConvertible {
        var view: View
        var focus: Pane
        var list: [Int]
        var pane: [Int?]
        var shownSpeakers: Set<Int>?
        var overlay: Overlay?
        var results: [Int]?

        init(_ app: AppState) {
            view = View(app)
            focus = app.focus
            list = [app.list.selection, app.list.top]
            switch app.focus {
            case .list: pane = []
            case .reader: pane = [app.reader.article, app.reader.topLine]
            case .dialogue: pane = [app.dialogue.article, app.dialogue.cursor, app.dialogue.topLine]
            case .stream: pane = [app.stream?.person.hashValue, app.stream?.cursor, app.stream?.topLine]
            }
            shownSpeakers = app.focus == .dialogue ? app.dialogue.shownSpeakers : nil
            overlay = app.overlay
            results = app.overlay == .searchResults ? app.search.results.map { [$0.selection, $0.top] } : nil
        }

        var description: String {
            "\(view) focus \(focus) list \(list) pane \(pane) speakers \(shownSpeakers.map { $0.sorted().description } ?? "all")"
                + " results \(results?.description ?? "-")"
        }
    }

    /// A way from one view to another: the views it works from, what it does, where it lands.
    struct Move: CustomStringConvertible {
        var name: String
        var from: Set<View>
        var to: View
        var go: (inout AppState) -> Void
        var description: String { name }
    }

    static func search(_ app: inout AppState, _ typed: String) {
        KeyScript.send("F " + SearchTyping.typed(typed), to: &app)
        app.finishSearchWork()
        KeyScript.send("<Enter>", to: &app)
    }

    static func keys(_ script: String) -> (inout AppState) -> Void {
        { app in KeyScript.send(script, to: &app) }
    }

    /// Each view, reached from the start and moved away from its first state (scrolled, a
    /// cursor moved, a speaker filtered), so coming back to a fresh one would show.
    static var origins: [(name: String, view: View, reach: (inout AppState) -> Void)] {
        [
            ("list, second article", .list, keys("j")),
            ("reader, scrolled", .reader, keys("<Enter> <C-d>")),
            ("reader of another article", .reader, keys("j j <Enter> j")),
            ("dialogue, cursor moved", .dialogue, keys("<Enter> d j j j")),
            ("dialogue, filtered", .dialogue, keys("<Enter> d s 1 <Enter> j")),
            (
                "results, third selected", .results,
                { app in
                    search(&app, "储能"); KeyScript.send("j j", to: &app)
                }
            ),
            (
                "results over the reader", .results,
                { app in
                    KeyScript.send("j j j <Enter>", to: &app); search(&app, "储能")
                }
            ),
            ("highlights over the list", .highlights, keys("H j")),
            ("highlights over the dialogue", .highlights, keys("<Enter> d j H j j")),
            ("help over the list", .help, keys("? j")),
            ("help over the reader", .help, keys("<Enter> <C-d> ? j j")),
            ("speaker filter", .speakerFilter, keys("<Enter> d j j s j")),
            ("speakers view, moved", .speakers, keys("P j")),
            ("speakers view filtered, over the dialogue", .speakers, keys("<Enter> d j P / 王 <Enter>")),
            ("stream, cursor moved", .stream, keys("P <Enter> j j j")),
        ]
    }

    static var moves: [Move] {
        [
            Move(name: "Enter opens the reader", from: [.list, .dialogue, .results, .highlights], to: .reader, go: keys("<Enter>")),
            Move(name: "d opens the dialogue", from: [.reader], to: .dialogue, go: keys("d")),
            Move(
                name: "F searches the coverage", from: [.list, .reader, .dialogue, .stream], to: .results,
                go: { app in search(&app, "Maria") }),
            Move(name: "H lists the highlights", from: [.list, .reader, .dialogue, .stream], to: .highlights, go: keys("H")),
            Move(name: "? opens the help", from: [.list, .reader, .dialogue, .stream], to: .help, go: keys("?")),
            Move(name: "s opens the speaker filter", from: [.dialogue], to: .speakerFilter, go: keys("s")),
            Move(name: "P opens the speakers view", from: [.list, .reader, .dialogue, .stream], to: .speakers, go: keys("P")),
            Move(name: "Enter opens the person's stream", from: [.speakers], to: .stream, go: keys("<Enter>")),
            Move(name: "Enter on a turn in the stream opens the dialogue", from: [.stream], to: .dialogue, go: keys("<Enter>")),
        ]
    }

    static func start() -> AppState {
        var app = AppState(corpus: UIFixtures.corpus, size: ScreenSize(width: 80, height: 24))
        app.restore(HighlightsViewTests.saved)
        return app
    }

    @Test func everyViewReachesTheViewsItShouldAndComesBackExactly() {
        var pairs = Set<String>()
        for origin in Self.origins {
            for move in Self.moves where move.from.contains(origin.view) {
                for back in ["q", "<Esc>"] {
                    var app = Self.start()
                    origin.reach(&app)
                    let before = Whereabouts(app)
                    #expect(before.view == origin.view, "\(origin.name)")
                    move.go(&app)
                    #expect(View(app) == move.to, "\(origin.name) → \(move)")
                    if back == "<Esc>", app.activeCursor != nil {
                        // Esc closes the innermost thing first: the reading cursor a highlight put there.
                        #expect(KeyScript.send(back, to: &app) == [] && app.activeCursor == nil)
                    }
                    let effects = KeyScript.send(back, to: &app)
                    #expect(!effects.contains(.quit), "\(origin.name) → \(move) → \(back)")
                    #expect(Whereabouts(app) == before, "\(origin.name) → \(move) → \(back)")
                    pairs.insert("\(origin.view)→\(move.to)")
                }
            }
        }
        // Every view is left and arrived at by some move.
        #expect(Set(Self.origins.map(\.view)) == Set(View.allCases))
        let arrivals = Set(pairs.map { View(rawValue: String($0.split(separator: "→")[1]))! })
        #expect(arrivals == Set(View.allCases).subtracting([.list]))
        #expect(pairs.count == 24, "\(pairs.sorted())")
    }

    /// A long way through the views, then `q` all the way back: each step lands where the one
    /// before it was, and the last `q` in the list quits.
    @Test func backRetracesALongWayStepByStep() {
        var app = Self.start()
        var trail: [Whereabouts] = []
        // Each step moves within the view it is in, then leaves it: back returns to it as it was left.
        let steps: [(within: String, leave: (inout AppState) -> Void)] = [
            ("j", Self.keys("<Enter>")),  // the list → the reader
            ("<C-d>", { app in Self.search(&app, "储能") }),  // → results
            ("G", Self.keys("<Enter>")),  // → the panel at its match
            ("", Self.keys("d")),  // → its dialogue
            ("j", Self.keys("H")),  // → highlights
            ("j j", Self.keys("<Enter>")),  // → a highlight in the interview
            ("<C-d>", Self.keys("?")),  // → help
        ]
        for step in steps {
            KeyScript.send(step.within, to: &app)
            trail.append(Whereabouts(app))
            step.leave(&app)
        }
        #expect(trail.map(\.view) == [.list, .reader, .results, .reader, .dialogue, .highlights, .reader])
        for expected in trail.reversed() {
            #expect(KeyScript.send("q", to: &app).contains(.quit) == false)
            #expect(Whereabouts(app) == expected)
        }
        #expect(KeyScript.send("q", to: &app).contains(.quit))
    }

    @Test func escInTheListNeverQuits() {
        var app = Self.start()
        #expect(KeyScript.send("<Esc>", to: &app) == [])
        #expect(app.message == "q quits")
        #expect(app.focus == .list && app.overlay == nil)
        // With a filter, Esc and q clear it first.
        KeyScript.send("/ T i d e s <Enter>", to: &app)
        #expect(app.search.listFilter != nil)
        #expect(KeyScript.send("<Esc>", to: &app) == [])
        #expect(app.search.listFilter == nil)
        KeyScript.send("/ T i d e s <Enter>", to: &app)
        #expect(KeyScript.send("q", to: &app) == [])
        #expect(app.search.listFilter == nil)
        #expect(KeyScript.send("q", to: &app).contains(.quit))
    }

    @Test func escAtTheCoveragePromptOverTheResultsKeepsTheResults() {
        var app = Self.start()
        Self.search(&app, "储能")
        KeyScript.send("j F M <Esc>", to: &app)
        #expect(app.overlay == .searchResults && app.search.results?.selection == 1)
    }

    @Test func aNewSearchFromTheResultsReplacesThem() {
        var app = Self.start()
        KeyScript.send("<Enter>", to: &app)
        Self.search(&app, "储能")
        Self.search(&app, "Maria")
        #expect(app.search.results?.typed == "Maria")
        KeyScript.send("q", to: &app)
        #expect(app.overlay == nil && app.focus == .reader)
    }

    @Test func goingToTheListForgetsTheTrail() {
        var app = Self.start()
        KeyScript.send("<Enter> d <Enter> d", to: &app)
        #expect(app.navigator.trailViews == [.list, .reader])
        KeyScript.send("q q", to: &app)
        #expect(app.focus == .list && app.navigator.trailViews == [])
    }

    @Test func openingAnArticleReturnsItsEffectsAndBackSavesThePlaceLeft() throws {
        var app = AppState(corpus: UIFixtures.corpus, size: ScreenSize(width: 80, height: 24))
        let opened = app.go(to: .reader(article: 1, at: .asLeft))
        #expect(opened == [.setRead(true, articleID: "interview.md"), .loadReadingPosition(articleID: "interview.md")])
        KeyScript.send("<C-d>", to: &app)
        let back = KeyScript.send("q", to: &app)
        #expect(back.count == 1)
        guard case .saveReadingPosition(let position)? = back.first else { Issue.record("no save: \(back)"); return }
        #expect(position.articleID == "interview.md")
        // Read already: going there again asks only for its saved position.
        #expect(app.go(to: .reader(article: 1, at: .asLeft)) == [])
    }
}
