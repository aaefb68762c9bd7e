import ArgumentParser

struct LoadBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "load", abstract: "(not yet built)")
    func run() throws { throw ValidationError("'hearsay bench load' is not built yet") }
}
