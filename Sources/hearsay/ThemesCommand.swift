import ArgumentParser

struct ThemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "themes", abstract: "(not yet built)")
    func run() throws { throw ValidationError("'hearsay themes' is not built yet") }
}
