import ArgumentParser
import HearsayModel
import HearsaySession
import HearsayUI

/// `hearsay-bench search-ui`: the search keys driven through the UI core (state update plus a
/// frame rendered into a buffer, as the terminal runtime does) over an invented corpus, timing
/// what each key press and each slice of work between key presses costs
/// (Benchmarks/SEARCH-UI.md).
struct SearchUIBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search-ui",
        abstract: "Time the search keys of the UI core over an invented corpus."
    )

    @Option(help: "Size of the invented corpus's text, in MB.")
    var sizeMB: Int = 100

    @Option(help: "Text typed into the list filter, the coverage prompt and the reader's search.")
    var typed: String = "下载量非常"

    func run() {
        let clock = ContinuousClock()
        var generator = SearchBenchmarkCorpus()
        let corpus = Corpus(articles: generator.articles(totalBytes: sizeMB * 1_000_000))
        let renderer = ScreenRenderer()
        var state: AppState!
        let startup = clock.measure { state = AppState(corpus: corpus, size: ScreenSize(width: 80, height: 24)) }
        var app = Self.session(state)
        print(
            "corpus: \(corpus.articles.count) articles, \(sizeMB) MB; AppState at startup: \(Self.ms(startup)) ms, "
                + "search index built: \(state.search.isIndexBuilt)")

        print("\nlist filter, first key typed at once after / (nothing folded yet): the key press, then the slices")
        do {  // a separate state, let go afterwards (it holds its own folded copy of the corpus)
            var impatient = Self.session(app.state)
            press(.character("/"), &impatient, renderer)
            let firstKey = clock.measure { press(.character(typed.first ?? "a"), &impatient, renderer) }
            let foldedByKey = impatient.state.search.foldedArticleCount
            let screenRows = max(1, impatient.state.size.height - 2)
            let cold = runSlices(&impatient, renderer) { state in
                (state.search.listFilter?.kept.count ?? 0) >= screenRows
            }
            print("key press: \(Self.ms(firstKey)) ms (articles folded by it: \(foldedByKey))")
            print(
                "slices: \(cold.slices), longest \(Self.ms(cold.longest)) ms; a screenful of articles kept after "
                    + "\(cold.milestone.map(Self.ms) ?? "-") ms, the filter finished after \(Self.ms(cold.total)) ms "
                    + "(\(impatient.state.search.listFilter?.kept.count ?? 0) kept)")
        }

        print("\nlist filter (/ then \(typed)), after a pause: per key, the update and a frame; then the slices run between key presses")
        print("key  key press (ms)  slices after  longest slice (ms)  articles kept")
        let slash = clock.measure { press(.character("/"), &app, renderer) }
        let folding = runSlices(&app, renderer)
        print(
            "/    \(Self.ms(slash))  \(folding.slices)  \(Self.ms(folding.longest))  "
                + "(the pause before the first key folds the corpus: \(Self.ms(folding.total)) ms in all)")
        for character in typed {
            let key = clock.measure { press(.character(character), &app, renderer) }
            let after = runSlices(&app, renderer)
            let kept = app.state.search.listFilter?.kept.count ?? 0
            print("\(character)   \(Self.ms(key))  \(after.slices)  \(Self.ms(after.longest))  \(kept)")
        }
        press(.escape, &app, renderer)

        print("\ncoverage search, F \(typed) Enter at once (nothing folded yet): Enter, then the slices")
        do {
            var hasty = Self.session(AppState(corpus: corpus, size: ScreenSize(width: 80, height: 24)))
            press(.character("F"), &hasty, renderer)
            for character in typed { press(.character(character), &hasty, renderer) }
            let coldEnter = clock.measure { press(.enter, &hasty, renderer) }
            let shownAtOnce = hasty.state.search.results?.matches.count ?? 0
            let resultRows = max(1, hasty.state.size.height - 3)
            let coldResults = runSlices(&hasty, renderer) { state in
                (state.search.results?.rows.count ?? 0) >= resultRows
            }
            print("Enter: \(Self.ms(coldEnter)) ms (\(shownAtOnce) matches shown at once)")
            print(
                "slices: \(coldResults.slices), longest \(Self.ms(coldResults.longest)) ms; first screen after "
                    + "\(coldResults.milestone.map(Self.ms) ?? "-") ms, all \(hasty.state.search.results?.matches.count ?? 0) "
                    + "matches after \(Self.ms(coldResults.total)) ms")
        }

        print("\ncoverage search (F \(typed) Enter), index already built:")
        press(.character("F"), &app, renderer)
        for character in typed { press(.character(character), &app, renderer) }
        let enter = clock.measure { press(.enter, &app, renderer) }
        let firstScreen = app.state.search.results?.matches.count ?? 0
        print("Enter (first screen, \(firstScreen) matches fetched): \(Self.ms(enter)) ms")
        let bottom = clock.measure { press(.character("G"), &app, renderer) }
        print("G (every match, \(app.state.search.results?.matches.count ?? 0)): \(Self.ms(bottom)) ms")
        press(.escape, &app, renderer)

        var largest = 0
        var largestBytes = 0
        for (index, article) in corpus.articles.enumerated() {
            let bytes = article.blocks.reduce(0) { $0 + $1.text.utf8.count }
            if bytes > largestBytes { (largest, largestBytes) = (index, bytes) }
        }
        app.state.list.select(article: largest)
        press(.enter, &app, renderer)
        print("\nreader search in the largest article (\(largestBytes / 1000) kB): per key, the update and a frame")
        press(.character("/"), &app, renderer)
        for character in typed {
            let key = clock.measure { press(.character(character), &app, renderer) }
            print("\(character)   \(Self.ms(key)) ms")
        }
        let next = clock.measure {
            press(.enter, &app, renderer); press(.character("n"), &app, renderer)
        }
        print("Enter n: \(Self.ms(next)) ms")
    }

    /// What the slices between key presses cost: their total, number and longest, and when
    /// (since the first slice) `milestone` first held.
    struct Slices {
        var total = Duration.zero
        var slices = 0
        var longest = Duration.zero
        var milestone: Duration?
    }

    /// The reader's session loop on an in-memory terminal, over `state`.
    static func session(_ state: AppState) -> Session<InMemoryBackend> {
        Session(backend: InMemoryBackend(size: state.size), renderer: ScreenRenderer()) { _ in state }
    }

    /// Runs the work the loop does between key presses (`.idle`, a frame when the screen
    /// changed), until there is none left.
    private func runSlices(
        _ app: inout Session<InMemoryBackend>, _ renderer: ScreenRenderer,
        milestone: ((AppState) -> Bool)? = nil
    ) -> Slices {
        let clock = ContinuousClock()
        var result = Slices()
        while app.state.hasSearchWork {
            let slice = clock.measure { app.deliver(.idle) }
            result.total += slice
            result.longest = max(result.longest, slice)
            result.slices += 1
            if result.milestone == nil, let milestone, milestone(app.state) { result.milestone = result.total }
        }
        if result.milestone == nil, let milestone, milestone(app.state) { result.milestone = result.total }
        return result
    }

    /// A key through the loop: update, effects, a frame.
    private func press(_ key: Key, _ app: inout Session<InMemoryBackend>, _ renderer: ScreenRenderer) {
        app.deliver(.key(key))
    }

    private static func ms(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        let value = Double(seconds) * 1000 + Double(attoseconds) / 1e15
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}
