import HearsayModel

extension HighlightExport {
    /// Markdown for reading and sharing: one section per article (title, source link), each highlight
    /// as a quote with its speaker and colour, then its note.
    public func markdown() -> String {
        var lines = ["# Highlights"]
        for group in groups {
            lines.append("")
            lines.append("## \(group.title ?? group.articleID)")
            lines.append("")
            if let url = group.sourceURL { lines.append("Source: <\(url)>") }
            if group.article != nil {
                lines.append("Article: `\(group.articleID)`")
            } else {
                lines.append("Article: `\(group.articleID)` (not loaded: positions not checked)")
            }
            for entry in group.entries {
                lines.append("")
                lines.append(contentsOf: quoteLines(entry))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func quoteLines(_ entry: Entry) -> [String] {
        var lines = entry.highlight.anchor.exact.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? ">" : "> \($0)" }
        var attribution: [String] = []
        if let speaker = entry.speaker { attribution.append(speaker) }
        attribution.append("colour \(entry.highlight.color)")
        if entry.resolution?.isOrphaned == true {
            attribution.append("orphaned: this text is no longer in the article")
        }
        lines.append(">")
        lines.append("> — " + attribution.joined(separator: " · "))
        if let note = entry.highlight.note, !note.isEmpty {
            lines.append("")
            let noteLines = note.split(separator: "\n", omittingEmptySubsequences: false)
            lines.append("Note: " + noteLines[0])
            lines.append(contentsOf: noteLines.dropFirst().map { "      " + $0 })
        }
        return lines
    }
}
