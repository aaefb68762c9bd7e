import ArgumentParser
import HearsayModel
import HearsayUI

/// `hearsay bench search-ui`: the search keys driven through the UI core (state update plus a
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
        var app: AppState!
        let startup = clock.measure { app = AppState(corpus: corpus, size: ScreenSize(width: 80, height: 24)) }
        print("corpus: \(corpus.articles.count) articles, \(sizeMB) MB; AppState at startup: \(Self.ms(startup)) ms, "
              + "search index built: \(app.search.isIndexBuilt)")

        print("\nlist filter (/ then \(typed)): per key, the update and a frame; then the slices run between key presses")
        print("key  key press (ms)  slices after  longest slice (ms)  articles kept")
        // What the first key costs when typed before the runtime had a pause to fold the corpus.
        var impatient = app!
        press(.character("/"), &impatient, renderer)
        let unfolded = clock.measure { press(.character(typed.first ?? "a"), &impatient, renderer) }

        let slash = clock.measure { press(.character("/"), &app, renderer) }
        let (folding, foldingSlices, foldingLongest) = runSlices(&app, renderer)
        print("/    \(Self.ms(slash))  \(foldingSlices)  \(Self.ms(foldingLongest))  "
              + "(the pause before the first key folds the corpus: \(Self.ms(folding)) ms in all)")
        for character in typed {
            let key = clock.measure { press(.character(character), &app, renderer) }
            let (_, slices, longest) = runSlices(&app, renderer)
            let kept = app.search.listFilter?.kept.count ?? 0
            print("\(character)   \(Self.ms(key))  \(slices)  \(Self.ms(longest))  \(kept)")
        }
        print("(the first key typed with no pause after / folds the corpus itself: \(Self.ms(unfolded)) ms)")
        press(.escape, &app, renderer)

        print("\ncoverage search (F \(typed) Enter), index already built:")
        press(.character("F"), &app, renderer)
        for character in typed { press(.character(character), &app, renderer) }
        let enter = clock.measure { press(.enter, &app, renderer) }
        let firstScreen = app.search.results?.matches.count ?? 0
        print("Enter (first screen, \(firstScreen) matches fetched): \(Self.ms(enter)) ms")
        let bottom = clock.measure { press(.character("G"), &app, renderer) }
        print("G (every match, \(app.search.results?.matches.count ?? 0)): \(Self.ms(bottom)) ms")
        press(.escape, &app, renderer)

        var largest = 0
        var largestBytes = 0
        for (index, article) in corpus.articles.enumerated() {
            let bytes = article.blocks.reduce(0) { $0 + $1.text.utf8.count }
            if bytes > largestBytes { (largest, largestBytes) = (index, bytes) }
        }
        app.list.select(article: largest)
        press(.enter, &app, renderer)
        print("\nreader search in the largest article (\(largestBytes / 1000) kB): per key, the update and a frame")
        press(.character("/"), &app, renderer)
        for character in typed {
            let key = clock.measure { press(.character(character), &app, renderer) }
            print("\(character)   \(Self.ms(key)) ms")
        }
        let next = clock.measure { press(.enter, &app, renderer); press(.character("n"), &app, renderer) }
        print("Enter n: \(Self.ms(next)) ms")
    }

    /// Runs the work the runtime does between key presses, with a frame after each slice:
    /// total time, slices, longest slice.
    private func runSlices(_ app: inout AppState, _ renderer: ScreenRenderer) -> (Duration, Int, Duration) {
        let clock = ContinuousClock()
        var total = Duration.zero
        var slices = 0
        var longest = Duration.zero
        while app.hasSearchWork {
            let slice = clock.measure {
                app.advanceSearchWork()
                _ = renderer.render(app)
            }
            total += slice
            longest = max(longest, slice)
            slices += 1
        }
        return (total, slices, longest)
    }

    private func press(_ key: Key, _ app: inout AppState, _ renderer: ScreenRenderer) {
        _ = app.update(.key(key))
        _ = renderer.render(app)
    }

    private static func ms(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        let value = Double(seconds) * 1000 + Double(attoseconds) / 1e15
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}
