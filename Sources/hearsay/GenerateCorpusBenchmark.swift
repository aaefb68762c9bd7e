import ArgumentParser

struct GenerateCorpusBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "generate-corpus", abstract: "(not yet built)")
    func run() throws { throw ValidationError("'hearsay bench generate-corpus' is not built yet") }
}
