import Foundation
import HearsayModel

extension HighlightExport {
    /// W3C Web Annotation JSON-LD (https://www.w3.org/TR/annotation-model/): a JSON array with one
    /// `Annotation` per highlight. The target's source is the article's source URL (or
    /// `urn:hearsay:article:<id>`), its selectors a TextQuoteSelector and, unless orphaned, a
    /// TextPositionSelector in code points of the article's flattened text (`ArticleText`; for an
    /// article not loaded, where the highlight was last seen); the colour
    /// is the target's `styleClass` (`hearsay-colour-N`); a note is a `TextualBody`.
    public func webAnnotationJSON() throws -> String {
        let annotations = groups.flatMap { group in
            group.entries.map { WebAnnotation(entry: $0, source: HighlightExport.source(of: group)) }
        }
        return try JSONOutput.string(annotations) + "\n"
    }

    static func source(of group: Group) -> String {
        if let url = group.sourceURL { return url }
        let id = group.articleID.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? group.articleID
        return "urn:hearsay:article:\(id)"
    }
}

/// The JSON shape of one W3C Web Annotation.
private struct WebAnnotation: Encodable {
    struct Body: Encodable {
        var type = "TextualBody"
        var value: String
        var format = "text/plain"
        var purpose = "commenting"
    }

    struct Target: Encodable {
        var source: String
        var styleClass: String
        var selector: [Selector]
    }

    struct Selector: Encodable {
        var type: String
        var exact: String?
        var prefix: String?
        var suffix: String?
        var start: Int?
        var end: Int?
    }

    enum CodingKeys: String, CodingKey {
        case context = "@context", id, type, motivation, created, modified, body, target
    }

    var context = "http://www.w3.org/ns/anno.jsonld"
    var id: String
    var type = "Annotation"
    var motivation = "highlighting"
    var created: String
    var modified: String
    var body: Body?
    var target: Target

    init(entry: HighlightExport.Entry, source: String) {
        let highlight = entry.highlight
        id = "urn:uuid:" + highlight.id.uuidString.lowercased()
        created = WebAnnotation.timestamp(highlight.created)
        modified = WebAnnotation.timestamp(highlight.modified)
        if let note = highlight.note, !note.isEmpty { body = Body(value: note) }
        var selectors = [
            Selector(
                type: "TextQuoteSelector", exact: highlight.anchor.exact,
                prefix: highlight.anchor.prefix, suffix: highlight.anchor.suffix)
        ]
        if let range = entry.codePointRange {
            selectors.append(Selector(type: "TextPositionSelector", start: range.lowerBound, end: range.upperBound))
        }
        target = Target(source: source, styleClass: "hearsay-colour-\(highlight.color)", selector: selectors)
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(context, forKey: .context)
        try container.encode(id, forKey: .id)
        try container.encode(type, forKey: .type)
        try container.encode(motivation, forKey: .motivation)
        try container.encode(created, forKey: .created)
        try container.encode(modified, forKey: .modified)
        try container.encodeIfPresent(body, forKey: .body)
        try container.encode(target, forKey: .target)
    }

    /// ISO 8601 in UTC with seconds, as the model's examples write it.
    private static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }
}
