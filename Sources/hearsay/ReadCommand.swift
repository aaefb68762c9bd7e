import ArgumentParser
import Foundation
import HearsayModel
import HearsayTerminal
import HearsayUI

/// `hearsay [PATH…]`: the full-screen reader (the default subcommand).
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Browse articles in the terminal: list, reader, dialogue view by speaker (the default)."
    )

    @OptionGroup var corpus: CorpusOptions

    @Flag(name: .customLong("measure-startup"), help: .hidden)
    var measureStartup = false

    func run() throws {
        let started = Date()
        guard TerminalRuntime.standardStreamsAreTerminal else {
            FileHandle.standardError.write(Data((TerminalScreen.StartError.notATerminal.description + "\n").utf8))
            throw ExitCode(2)
        }
        let loaded = corpus.loadCorpus()
        let environment = ProcessInfo.processInfo.environment
        var styles = Styles.standard
        if environment["HEARSAY_ASCII"] == "1" { styles = styles.withASCIIGlyphs() }
        let firstFrame = StartupClock(processStart: started)
        let runtime = TerminalRuntime(
            renderer: ScreenRenderer(styles: styles),
            debugCrashKeyEnabled: environment["HEARSAY_DEBUG_CRASH_KEY"] == "1",
            afterFirstFrame: measureStartup ? { firstFrame.markFirstFrame() } : nil
        )
        do {
            try runtime.run { size in
                var state = AppState(corpus: loaded, size: size)
                state.message = LoadingSummary.statusLine(for: loaded)
                return state
            }
        } catch let error as TerminalScreen.StartError {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            throw ExitCode(2)
        }
        if measureStartup { firstFrame.report() }
    }
}
