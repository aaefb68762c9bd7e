import ArgumentParser

struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "read", abstract: "(not yet built)")
    func run() throws { throw ValidationError("'hearsay read' is not built yet") }
}
