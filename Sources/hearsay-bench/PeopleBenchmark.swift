import ArgumentParser
import HearsayModel
import HearsaySession
import HearsayUI

/// `hearsay-bench people`: opening the speakers view (`P`) and a person's stream (`Enter`) over
/// generated articles, each key driven through the UI core with its frame rendered, as the
/// terminal runtime does (Benchmarks/PEOPLE.md).
struct PeopleBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "people",
        abstract: "Time opening the speakers view and a person's stream over generated articles."
    )

    @Option(help: "How many generated articles (as generate-corpus writes them, parsed in memory).")
    var count = 10_000

    @Option(help: "Random seed of the generated articles.")
    var seed: UInt64 = 1

    @Option(help: "Times each measurement is repeated (from a fresh state); the median is reported.")
    var runs = 5

    func run() {
        var generator = SyntheticArticles(seed: seed)
        let parser = ArticleParser()
        let articles = (0..<count).compactMap { parser.parse(generator.article(number: $0).1, id: "\($0).md").article }
        let corpus = Corpus(articles: articles)
        let utterances = articles.reduce(0) { $0 + $1.turns.count + $1.quotes.count }
        print("corpus: \(articles.count) articles, \(utterances) turns and quotes")

        var opens: [Duration] = []
        var reopens: [Duration] = []
        var streams: [Duration] = []
        var filterKeys: [Duration] = []
        var streamEnds: [Duration] = []
        var people = 0
        var matching = 0
        var streamSize = (items: 0, articles: 0)
        for _ in 0..<max(1, runs) {
            var app = SearchUIBenchmark.session(AppState(corpus: corpus, size: ScreenSize(width: 80, height: 24)))
            // The first P builds the utterance index (nothing is derived at startup).
            opens.append(Self.time(.character("P"), &app))
            people = app.state.utteranceIndex.entries.count
            app.deliver(.key(.character("q")))
            reopens.append(Self.time(.character("P"), &app))
            // The stream of the person who says most: thousands of articles, a screenful laid out.
            streams.append(Self.time(.enter, &app))
            streamSize = (app.state.stream?.items.count ?? 0, app.state.stream?.groups.count ?? 0)
            streamEnds.append(Self.time(.character("G"), &app))
            app.deliver(.key(.character("q")))
            app.deliver(.key(.character("/")))
            filterKeys.append(Self.time(.character("周"), &app))
            if case .speakers(let view)? = app.state.overlay { matching = view.shown.count }
        }
        print("people: \(people); the first person's stream: \(streamSize.items) utterances in \(streamSize.articles) articles")
        var index: UtteranceIndex!
        let indexTime = ContinuousClock().measure { index = UtteranceIndex(corpus: corpus) }
        print("UtteranceIndex(corpus:) alone, once: \(Self.ms(indexTime)) ms (\(index.entries.count) people)")
        print("median of \(max(1, runs)) runs, key press + frame at 80x24 (ms):")
        print("P, first time (builds the utterance index):  \(Self.ms(Self.median(opens)))")
        print("P, again:                                    \(Self.ms(Self.median(reopens)))")
        print("Enter, the stream of the first person:       \(Self.ms(Self.median(streams)))")
        print("G in that stream (lays all of it out):       \(Self.ms(Self.median(streamEnds)))")
        print("first key typed into the speakers filter:    \(Self.ms(Self.median(filterKeys))) (周: \(matching) people)")
    }

    static func time(_ key: Key, _ app: inout Session<InMemoryBackend>) -> Duration {
        ContinuousClock().measure { app.deliver(.key(key)) }
    }

    static func median(_ durations: [Duration]) -> Duration {
        durations.sorted()[durations.count / 2]
    }

    static func ms(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        return String(format: "%.1f", Double(seconds) * 1000 + Double(attoseconds) / 1e15)
    }
}
