import ArgumentParser

@main
struct Hearsay: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "A terminal reader for news coverage and interview transcripts.",
        subcommands: [
            ReadCommand.self, ListCommand.self, ShowCommand.self, SpeakersCommand.self, CheckCommand.self,
            SearchCommand.self, HighlightsCommand.self, ThemesCommand.self, BenchCommand.self,
        ],
        defaultSubcommand: ReadCommand.self
    )
}
