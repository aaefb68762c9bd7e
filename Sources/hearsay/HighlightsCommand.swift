import ArgumentParser

struct HighlightsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "highlights", abstract: "(not yet built)")
    func run() throws { throw ValidationError("'hearsay highlights' is not built yet") }
}
