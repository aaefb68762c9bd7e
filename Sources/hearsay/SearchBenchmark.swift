import ArgumentParser

struct SearchBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "search", abstract: "(not yet built)")
    func run() throws { throw ValidationError("'hearsay bench search' is not built yet") }
}
