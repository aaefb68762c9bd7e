import ArgumentParser

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "search", abstract: "(not yet built)")
    func run() throws { throw ValidationError("'hearsay search' is not built yet") }
}
