import Yams

/// The metadata of a `---` … `---` YAML block at the top of a file.
struct FrontMatter {
    var title: String?
    var date: ArticleDate?
    var summary: String?
    var tags: [String] = []
    var categories: [String] = []
    var language: String?
    var keyPoints: [String] = []
    /// The article's original: `source`, `url`, `link` or `original_url`, the first of these
    /// that is a web address (a `source` may name an outlet instead).
    var sourceURL: String?

    /// Keys that hold the author's highlights in front matter.
    static let keyPointKeys = ["highlights", "key_points", "keypoints", "keyPoints", "亮点"]
    static let sourceURLKeys = ["source", "url", "link", "original_url"]

    /// Parses the YAML text; `firstLine` is the file line of the YAML's first line (for diagnostics).
    static func parse(_ yaml: String, firstLine: Int, file: String) -> (FrontMatter, [Diagnostic]) {
        var result = FrontMatter()
        // Measured before Yams composes: composing a bomb is cheap, but hashing its keys is not.
        if yaml.contains("*"), !ExpansionBudget.fits(yaml) {
            return (
                result,
                [
                    Diagnostic(
                        file: file, line: firstLine, severity: .error,
                        message: "front matter aliases expand to more than \(ExpansionBudget.limit(sourceBytes: yaml.utf8.count) >> 10) KB "
                            + "(a YAML bomb?); front matter ignored, text kept")
                ]
            )
        }
        let node: Node?
        do {
            // Every value is read as text, so the basic resolver (no regular expressions per scalar) suffices.
            // The encoding is given because Yams's default reads the process environment on every call.
            node = try Yams.compose(yaml: yaml, .basic, .default, .utf8)
        } catch let error as YamlError {
            return (result, [diagnostic(for: error, firstLine: firstLine, file: file)])
        } catch {
            return (
                result,
                [
                    Diagnostic(
                        file: file, line: firstLine, severity: .error,
                        message: "malformed YAML front matter: \(error)")
                ]
            )
        }
        guard let node else { return (result, []) }
        guard let mapping = node.mapping else {
            return (
                result,
                [
                    Diagnostic(
                        file: file, line: firstLine, severity: .warning,
                        message: "front matter is not a list of `key: value` lines; ignored")
                ]
            )
        }
        // One pass over the keys: `mapping["key"]` would search the mapping once per field.
        var keyPointsKey: Int?
        var sourceURLRank: Int?
        for (keyNode, value) in mapping {
            guard let key = keyNode.scalar?.string else { continue }
            switch key {
            case "title": result.title = scalar(value)
            case "date":
                if let dateText = scalar(value) {
                    result.date = ArticleDate(original: dateText, timestamp: DateText.timestamp(dateText))
                }
            case "summary": result.summary = scalar(value) ?? result.summary
            case "description": if result.summary == nil { result.summary = scalar(value) }
            case "tags": result.tags = strings(value)
            case "categories": result.categories = strings(value)
            case "lang": result.language = strings(value).first ?? result.language
            case "language": if result.language == nil { result.language = strings(value).first }
            case _ where sourceURLKeys.contains(key):
                if let url = scalar(value), url.hasPrefix("https://") || url.hasPrefix("http://"),
                    let rank = sourceURLKeys.firstIndex(of: key),
                    rank < (sourceURLRank ?? .max)
                {
                    result.sourceURL = url
                    sourceURLRank = rank
                }
            default:
                // The first key in `keyPointKeys` order wins.
                if let rank = keyPointKeys.firstIndex(of: key), rank < (keyPointsKey ?? .max) {
                    let points = strings(value)
                    if !points.isEmpty {
                        result.keyPoints = points
                        keyPointsKey = rank
                    }
                }
            }
        }
        return (result, [])
    }

    private static func scalar(_ node: Node?) -> String? {
        guard let text = node?.scalar?.string else { return nil }
        // Trimmed without Foundation (whose NSString bridge is slow when thousands of files load).
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return nil }
        if first == scalars.startIndex && last == scalars.index(before: scalars.endIndex) { return text }
        return String(scalars[first...last])
    }

    private static func strings(_ node: Node?) -> [String] {
        guard let node else { return [] }
        if let sequence = node.sequence {
            return sequence.compactMap { scalar($0) }
        }
        return scalar(node).map { [$0] } ?? []
    }

    private static func diagnostic(for error: YamlError, firstLine: Int, file: String) -> Diagnostic {
        let problem: String
        let yamlLine: Int
        switch error {
        case .scanner(_, let text, let mark, _), .parser(_, let text, let mark, _), .composer(_, let text, let mark, _):
            problem = text
            yamlLine = mark.line
        case .reader(let text, _, _, _):
            problem = text
            yamlLine = 1
        case .duplicatedKeysInMapping(let duplicates, let context):
            problem = "duplicated keys \(duplicates.joined(separator: ", "))"
            yamlLine = context.mark.line
        default:
            problem = "\(error)"
            yamlLine = 1
        }
        return Diagnostic(
            file: file, line: firstLine + max(yamlLine, 1) - 1, severity: .error,
            message: "malformed YAML front matter: \(problem)")
    }
}
