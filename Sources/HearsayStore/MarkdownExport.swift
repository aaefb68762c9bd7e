import HearsayModel

extension HighlightExport {
    /// Markdown for reading and sharing: one section per article (title, date, source link), each highlight
    /// as a quote with its speaker and the article's section it is in (and its colour with `withColor`), then
    /// its note. Text from articles and notes is escaped (`MarkdownExportEscaping`): it reads as itself, never
    /// as Markdown.
    public func markdown(withColor: Bool = false) -> String {
        var lines = ["# Highlights"]
        for group in groups {
            lines.append("")
            lines.append("## " + MarkdownExportEscaping.field(group.title ?? group.articleID))
            lines.append("")
            if let date = group.article?.date?.original { lines.append("Date: " + MarkdownExportEscaping.field(date)) }
            if let url = group.sourceURL { lines.append("Source: " + MarkdownExportEscaping.autolink(url)) }
            if group.article != nil {
                lines.append("Article: " + MarkdownExportEscaping.codeSpan(group.articleID))
            } else {
                lines.append("Article: " + MarkdownExportEscaping.codeSpan(group.articleID) + " (not loaded: positions not checked)")
            }
            for entry in group.entries {
                lines.append("")
                lines.append(
                    contentsOf: quoteLines(entry, section: group.article.flatMap { section(of: entry, in: $0) }, withColor: withColor))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The title of the article's section (heading) a highlight is in, when it is in one.
    private func section(of entry: Entry, in article: Article) -> String? {
        let block = entry.resolution?.range?.lowerBound.block ?? entry.highlight.anchor.start.block
        return article.sections.last { $0.blockIndex <= block }?.title
    }

    private func quoteLines(_ entry: Entry, section: String?, withColor: Bool) -> [String] {
        var lines = entry.highlight.anchor.exact.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? ">" : "> " + MarkdownExportEscaping.line($0) }
        var attribution: [String] = []
        if let speaker = entry.speaker { attribution.append(MarkdownExportEscaping.field(speaker)) }
        if let section, entry.resolution?.isOrphaned != true { attribution.append("§ " + MarkdownExportEscaping.field(section)) }
        if withColor { attribution.append("colour \(entry.highlight.color)") }
        if entry.resolution?.isOrphaned == true {
            attribution.append("orphaned: this text is no longer in the article")
        }
        if !attribution.isEmpty {
            lines.append(">")
            lines.append("> — " + attribution.joined(separator: " · "))
        }
        if let note = entry.highlight.note, !note.isEmpty {
            lines.append("")
            let noteLines = note.split(separator: "\n", omittingEmptySubsequences: false)
            lines.append("Note: " + MarkdownExportEscaping.line(noteLines[0]))
            lines.append(contentsOf: noteLines.dropFirst().map { "      " + MarkdownExportEscaping.line($0) })
        }
        return lines
    }
}
