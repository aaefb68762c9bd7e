import ArgumentParser

struct FrameBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "frame", abstract: "(not yet built)")
    func run() throws { throw ValidationError("'hearsay bench frame' is not built yet") }
}
