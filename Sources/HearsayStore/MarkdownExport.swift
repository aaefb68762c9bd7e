import HearsayModel

extension HighlightExport {
    /// Markdown for reading and sharing: one section per article (title, source link), each highlight
    /// as a quote with its speaker and colour, then its note. Text from articles and notes is
    /// escaped (`MarkdownExportEscaping`): it reads as itself, never as Markdown.
    public func markdown() -> String {
        var lines = ["# Highlights"]
        for group in groups {
            lines.append("")
            lines.append("## " + MarkdownExportEscaping.field(group.title ?? group.articleID))
            lines.append("")
            if let url = group.sourceURL { lines.append("Source: " + MarkdownExportEscaping.autolink(url)) }
            if group.article != nil {
                lines.append("Article: " + MarkdownExportEscaping.codeSpan(group.articleID))
            } else {
                lines.append("Article: " + MarkdownExportEscaping.codeSpan(group.articleID) + " (not loaded: positions not checked)")
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
            .map { $0.isEmpty ? ">" : "> " + MarkdownExportEscaping.line($0) }
        var attribution: [String] = []
        if let speaker = entry.speaker { attribution.append(MarkdownExportEscaping.field(speaker)) }
        attribution.append("colour \(entry.highlight.color)")
        if entry.resolution?.isOrphaned == true {
            attribution.append("orphaned: this text is no longer in the article")
        }
        lines.append(">")
        lines.append("> — " + attribution.joined(separator: " · "))
        if let note = entry.highlight.note, !note.isEmpty {
            lines.append("")
            let noteLines = note.split(separator: "\n", omittingEmptySubsequences: false)
            lines.append("Note: " + MarkdownExportEscaping.line(noteLines[0]))
            lines.append(contentsOf: noteLines.dropFirst().map { "      " + MarkdownExportEscaping.line($0) })
        }
        return lines
    }
}
