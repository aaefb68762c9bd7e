import ArgumentParser
import Foundation
import HearsayModel
import HearsayStore

/// `highlights list|export`: which highlights, by colour, speaker and the day they were made.
struct HighlightFilterOptions: ParsableArguments {
    @Option(help: "Only highlights in this colour (1–5).") var color: Int?
    @Option(help: "Only highlights in this speaker's words: a name, or a unique part of one.") var speaker: String?
    @Option(help: ArgumentHelp("Only highlights made on or after this day (YYYY-MM-DD, UTC).", valueName: "date"))
    var since: String?
    @Option(help: ArgumentHelp("Only highlights made on or before this day (YYYY-MM-DD, UTC).", valueName: "date"))
    var until: String?

    func validate() throws {
        if let color, !(1...5).contains(color) { throw ValidationError("--color must be 1 to 5 (got \(color))") }
        for (flag, value) in [("--since", since), ("--until", until)] {
            if let value, Self.day(value) == nil { throw ValidationError("\(flag) must be a date as YYYY-MM-DD (got '\(value)')") }
        }
    }

    /// `export` with only the highlights that pass; an unknown or ambiguous speaker is an error naming the
    /// speakers the highlights have.
    func applied(to export: HighlightExport) throws -> HighlightExport {
        let first = since.flatMap(Self.day)
        let last = until.flatMap(Self.day).map { $0.addingTimeInterval(24 * 60 * 60) }
        var wantedSpeaker: String?
        if let speaker {
            let names = Set(export.groups.flatMap(\.entries).compactMap(\.speaker)).sorted()
            do {
                wantedSpeaker = SpeakerNameMatching.key(try SpeakerNameMatching.resolve(speaker, among: names) { [$0] })
            } catch {
                throw CommandError(message: error.description)
            }
        }
        var filtered = export
        filtered.groups = export.groups.compactMap { group in
            var kept = group
            kept.entries = group.entries.filter { entry in
                let highlight = entry.highlight
                if let color, highlight.color != color { return false }
                if let wantedSpeaker, entry.speaker.map(SpeakerNameMatching.key) != wantedSpeaker { return false }
                if let first, highlight.created < first { return false }
                if let last, highlight.created >= last { return false }
                return true
            }
            return kept.entries.isEmpty ? nil : kept
        }
        return filtered
    }

    /// The start of a `YYYY-MM-DD` day in UTC.
    static func day(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        return formatter.date(from: text)
    }
}

/// Dates in JSON output: ISO 8601 in UTC (`2023-11-14T22:13:20Z`), as every JSON date hearsay prints.
enum JSONDate {
    static func string(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}
