import ArgumentParser

struct SpeakersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "speakers", abstract: "(not yet built)")
    func run() throws { throw ValidationError("'hearsay speakers' is not built yet") }
}
