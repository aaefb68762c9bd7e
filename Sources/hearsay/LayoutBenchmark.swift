import ArgumentParser

struct LayoutBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "layout", abstract: "(not yet built)")
    func run() throws { throw ValidationError("'hearsay bench layout' is not built yet") }
}
