import ArgumentParser

@main
struct Hearsay: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "A terminal reader for news coverage and interview transcripts.",
        discussion: """
            With no subcommand, opens the reader on the files and folders given (or on the built-in \
            sample corpus): `hearsay ~/coverage`. Press ? in the reader for every key.
            """,
        version: "0.1.0",
        subcommands: [
            ReadCommand.self, ListCommand.self, ShowCommand.self, SpeakersCommand.self, QuotesCommand.self, CheckCommand.self,
            SearchCommand.self, HighlightsCommand.self, ThemesCommand.self,
        ],
        defaultSubcommand: ReadCommand.self
    )
}
