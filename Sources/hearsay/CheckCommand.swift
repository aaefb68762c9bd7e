import ArgumentParser

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: "(not yet built)")
    func run() throws { throw ValidationError("'hearsay check' is not built yet") }
}
