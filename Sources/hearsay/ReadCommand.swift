import ArgumentParser
import Foundation
import HearsayModel
import HearsaySession
import HearsayStore
import HearsayTerminal
import HearsayTheme
import HearsayUI

/// `hearsay [PATH…]`: the full-screen reader (the default subcommand).
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Browse articles in the terminal: list, reader, dialogue view by speaker (the default)."
    )

    @OptionGroup var corpus: CorpusOptions

    @Option(
        name: .customLong("theme"),
        help: ArgumentHelp("Colour theme: a name (see `hearsay themes`) or a .toml file.", valueName: "name|path"))
    var theme: String?

    @Option(name: .customLong("color"), help: "Use colour: auto (terminal and NO_COLOR decide), always, never.")
    var color: ColorChoice = .auto

    @Option(
        name: .customLong("state-dir"),
        help: ArgumentHelp(
            "Folder of hearsay.sqlite, for highlights and reading state (default: $XDG_DATA_HOME/hearsay).", valueName: "dir"))
    var stateDirectory: String?

    @Flag(name: .customLong("no-state"), help: "Neither read nor save highlights and reading state.")
    var noState = false

    @Flag(name: .customLong("measure-startup"), help: .hidden)
    var measureStartup = false

    func run() throws {
        let started = Date()
        guard TerminalScreen.standardStreamsAreTerminal else {
            FileHandle.standardError.write(Data((TerminalScreen.StartError.notATerminal.description + "\n").utf8))
            throw ExitCode(2)
        }
        // The samples, and paths none of which can be read (an error before the screen starts),
        // load here; folders load after the first frame (`CorpusStreaming`).
        let pathBytes = corpus.paths.map(RawArguments.bytes(of:))
        let streams = !pathBytes.isEmpty && !CorpusStreaming.nonePathReadable(pathBytes)
        let loaded = streams ? Corpus(articles: []) : corpus.loadCorpus()
        if !streams { try corpus.requireReadablePaths(articleCount: loaded.articles.count, diagnostics: loaded.diagnostics) }
        let inbox = EventInbox()
        let firstFrame = StartupClock(processStart: started)
        // The index's full-text search narrows the coverage search and the list filter once filled, after loading.
        let candidates = streams ? corpus.searchCandidateSource() : nil
        var onLoaded: (@Sendable ([ArticleFile]) -> Void)?
        // The loader's walk, not another one beside the reader.
        if let candidates { onLoaded = { walked in candidates.startFilling(walked: walked) } }
        if measureStartup {
            onLoaded = { [onLoaded] walked in
                firstFrame.markLoaded()
                onLoaded?(walked)
            }
        }
        let streaming = CorpusStreaming(inbox: inbox, onLoaded: onLoaded)
        // Loading starts now, beside the terminal's and the state's setup; what it posts waits in
        // the inbox for the session's loop.
        if streams { streaming.start(paths: pathBytes, cacheFolder: corpus.indexFolder) }
        let environment = ProcessInfo.processInfo.environment
        var styles = Styles.standard
        if environment["HEARSAY_ASCII"] == "1" { styles = styles.withASCIIGlyphs() }
        let themes = ThemeSelection(option: theme, environment: environment)
        for warning in themes.warnings { SafeOutput.error("hearsay: theme: " + warning) }
        let settings = ReaderSettings(environment: environment)
        for warning in settings.warnings { SafeOutput.error("hearsay: config: " + warning) }
        let themeEffects = ThemeEffects(configFile: ConfigLocation(environment: environment).configFile, paths: themes.paths)
        let recovery = RecoveryFile(environment: environment)
        let stateEffects = StateEffects(
            store: HighlightStore(
                location: StateLocation.resolve(stateDirectory: stateDirectory, noState: noState, environment: environment)),
            // A crash cannot run Swift code: what it keeps is prepared whenever it changes.
            unsavedHighlightsChanged: { highlights in
                let snapshot = recovery.crashSnapshot(highlights, articles: streams ? streaming.articles : loaded.articles)
                TerminationSignal.setCrashRecovery(
                    path: snapshot?.path ?? "", contents: snapshot?.contents,
                    message: snapshot?.message ?? "")
            })
        let saved = stateEffects.load()
        let screen: TerminalScreen
        do {
            screen = try TerminalScreen(colorChoice: color)
        } catch let error as TerminalScreen.StartError {
            SafeOutput.error(error.description)
            throw ExitCode(2)
        }
        screen.hyperlinksEnabled = Hyperlinks.enabled(setting: settings.hyperlinks, environment: environment)
        let sharingEffects = SharingEffects(environment: environment, screen: screen)
        var session = Session(
            backend: screen, renderer: ScreenRenderer(styles: styles),
            performEffect: { effect in
                if effect == .reloadCorpus {
                    if streams { streaming.reload() }
                    return streams ? [] : [.corpusChanged(CorpusChange(summary: "nothing to reload: the built-in samples"))]
                }
                return themeEffects.perform(effect) ?? sharingEffects.perform(effect) ?? stateEffects.perform(effect) ?? []
            }
        ) { size in
            var state = AppState(corpus: loaded, size: size, loading: streams ? LoadingProgress(done: 0, total: nil) : nil)
            state.theme = ThemeState(themes: themes.themes, current: themes.current, depth: .trueColor, glyphs: styles.glyphs)
            state.theme?.brokenThemeCount = themes.brokenCount
            state.message = LoadingSummary.statusLine(for: loaded)
            if let themeProblem = themes.statusMessage { state.message = themeProblem }
            settings.apply(to: &state)
            state.environment.candidateSource = candidates
            for effect in state.restore(saved.state) { _ = stateEffects.perform(effect) }
            state.persistence.recoveryFile = recovery.displayPath
            if let stateProblem = saved.problem { state.message = stateProblem }
            return state
        }
        session.tickMilliseconds = 2000
        session.inbox = inbox
        session.interrupted = { screen.terminationSignal != nil }
        if environment["HEARSAY_DEBUG_CRASH_KEY"] == "1" { session.crashKey = .character("!") }
        _ = session.run(afterFirstFrame: measureStartup ? { firstFrame.markFirstFrame() } : nil)
        let articles = session.state.corpus.articles
        let signal = screen.terminationSignal
        screen.close()
        // The terminal is restored: whatever could still not be saved goes to a recovery file.
        for line in stateEffects.keepUnsaved(in: recovery, articles: articles) {
            SafeOutput.error(line)
        }
        if measureStartup {
            firstFrame.report()
            if let counts = streaming.indexCounts { SafeOutput.error("index: \(counts)") }
        }
        // Ended by SIGTERM, SIGHUP or SIGINT: now that nothing is lost, as the signal asked.
        signal?.die()
    }
}
